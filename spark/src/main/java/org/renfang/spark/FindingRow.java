package org.renfang.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.renfang.validation.finding.Finding;
import org.renfang.validation.finding.LegalBasis;
import org.renfang.validation.finding.Responsible;
import org.renfang.validation.finding.RuleCode;
import org.renfang.validation.finding.Severity;

/**
 * A finding as it travels between executors and as a row of the findings dataset; the parameters
 * are an array of key–value structs, which keeps their order (a map column would not). The category
 * is the rule's (a column for readers of the dataset); who must act is {@code ROLE} or
 * {@code ROLE:kind:id} ({@link Responsible#toString()}, read back by {@link Responsible#parse}); the
 * legal basis, on COMPLIANCE findings that have one, is a struct of its Chinese and English text.
 */
final class FindingRow implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The schema of the findings dataset. */
    static final StructType SCHEMA = new StructType()
            .add("rule", DataTypes.StringType, false)
            .add("severity", DataTypes.StringType, false)
            .add("path", DataTypes.StringType, false)
            .add("subjects", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("params", DataTypes.createArrayType(new StructType()
                    .add("key", DataTypes.StringType, false)
                    .add("value", DataTypes.StringType, false), false), false)
            .add("category", DataTypes.StringType, false)
            .add("responsible", DataTypes.StringType, false)
            .add("legalBasis", new StructType()
                    .add("zh", DataTypes.StringType, false)
                    .add("en", DataTypes.StringType, false), true);

    final String rule;
    final String severity;
    final String path;
    final ArrayList<String> subjects;
    final LinkedHashMap<String, String> params;
    final String category;
    final String responsible;
    /** The legal basis in Chinese and in English, or null. */
    final String legalBasisZh;
    final String legalBasisEn;

    FindingRow(Finding f, String path) {
        this.rule = f.rule().name();
        this.severity = f.severity().name();
        this.path = path;
        this.subjects = new ArrayList<>(f.subjects());
        this.params = new LinkedHashMap<>(f.params());
        this.category = f.category().name();
        this.responsible = f.responsible().toString();
        this.legalBasisZh = f.legalBasis(Locale.SIMPLIFIED_CHINESE).orElse(null);
        this.legalBasisEn = f.legalBasis(Locale.ENGLISH).orElse(null);
    }

    Row toRow() {
        Row[] ps = new Row[params.size()];
        int i = 0;
        for (Map.Entry<String, String> e : params.entrySet()) {
            ps[i++] = RowFactory.create(e.getKey(), e.getValue());
        }
        Row basis = legalBasisZh == null ? null : RowFactory.create(legalBasisZh, legalBasisEn);
        return RowFactory.create(rule, severity, path, subjects.toArray(new String[0]), ps, category, responsible,
                basis);
    }

    /**
     * Reads a row of the findings dataset back into a finding.
     *
     * @param row the row, not null
     * @return the finding, not null
     */
    static Finding finding(Row row) {
        List<String> subjects = row.getList(3);
        Map<String, String> params = new LinkedHashMap<>();
        for (Row p : row.<Row>getList(4)) {
            params.put(p.getString(0), p.getString(1));
        }
        Row basis = row.isNullAt(7) ? null : row.getStruct(7);
        return new Finding(RuleCode.valueOf(row.getString(0)), Severity.valueOf(row.getString(1)), row.getString(2),
                List.copyOf(subjects), params, Responsible.parse(row.getString(6)),
                basis == null ? null : LegalBasis.of(basis.getString(0), basis.getString(1)));
    }
}
