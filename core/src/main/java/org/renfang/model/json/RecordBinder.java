package org.renfang.model.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyMetadata;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.renfang.model.Address;
import org.renfang.model.Basis;
import org.renfang.model.BasisType;
import org.renfang.model.DocumentType;
import org.renfang.model.EmploymentId;
import org.renfang.model.EnrollmentId;
import org.renfang.model.Filing;
import org.renfang.model.IdentityDocument;
import org.renfang.model.ImmutableAddress;
import org.renfang.model.ImmutableBasis;
import org.renfang.model.ImmutableEmployment;
import org.renfang.model.ImmutableEnrollment;
import org.renfang.model.ImmutableFiling;
import org.renfang.model.ImmutableIdentityDocument;
import org.renfang.model.ImmutableLease;
import org.renfang.model.ImmutableOrganization;
import org.renfang.model.ImmutableParty;
import org.renfang.model.ImmutablePerson;
import org.renfang.model.ImmutablePremises;
import org.renfang.model.ImmutableResidence;
import org.renfang.model.ImmutableRoom;
import org.renfang.model.ImmutableVisit;
import org.renfang.model.InvalidFieldException;
import org.renfang.model.LeaseId;
import org.renfang.model.MissingFieldsException;
import org.renfang.model.OrganizationId;
import org.renfang.model.OrganizationKind;
import org.renfang.model.Party;
import org.renfang.model.LabelCondition;
import org.renfang.model.LesseeJson;
import org.renfang.model.PersonId;
import org.renfang.model.ProviderConfirmation;
import org.renfang.model.RentalRegister;
import org.renfang.model.ImmutableProviderConfirmation;
import org.renfang.model.ImmutableRentalRegister;
import org.renfang.model.PremisesFlag;
import org.renfang.model.PremisesId;
import org.renfang.model.PremisesKind;
import org.renfang.model.PremisesUse;
import org.renfang.model.RecordId;
import org.renfang.model.RecordType;
import org.renfang.model.ResidenceId;
import org.renfang.model.ResidenceKind;
import org.renfang.model.Room;
import org.renfang.model.RoomId;
import org.renfang.model.RoomKind;
import org.renfang.model.Sex;
import org.renfang.model.VisitId;
import org.renfang.model.VisitPurpose;

/**
 * Binds the records of the two shared {@link RenfangJson} mappers straight from the token stream
 * into the Immutables builders, without databind's bean machinery (reflective setters, the
 * {@code Json} delegate objects, {@code Optional} wrappers): binding was most of the time of a
 * payload validation and of a bulk read.
 *
 * <p>The contract is equality with databind: for every input, the records and the problems are
 * those {@code mapper.readerFor(type)} would give (see {@code RecordBinderDifferentialTest}),
 * except that after the first problem of a record's fields the binder reads on and reports the
 * others too (see {@link #read}). The
 * well-formed, expected shape of each value is bound here; anything else (a wrong JSON type, a
 * value to coerce or to refuse) is handed to the mapper's own deserializer for that value, so
 * that the accepted values and the exceptions are databind's by construction. Errors carry the
 * same exception types and paths as databind's, and {@link RegistryReader} turns them into
 * problems as before.
 *
 * <p>One instance reads one document on one thread.
 */
final class RecordBinder {

    private static final TypeFactory TYPES = TypeFactory.defaultInstance();
    private static final JavaType STRING = TYPES.constructType(String.class);
    private static final JavaType DATE = TYPES.constructType(LocalDate.class);
    private static final JavaType DECIMAL = TYPES.constructType(BigDecimal.class);
    private static final JavaType INSTANT = TYPES.constructType(OffsetDateTime.class);
    private static final JavaType BOOLEAN = TYPES.constructType(boolean.class);
    private static final JavaType INTEGER = TYPES.constructType(Integer.class);

    private static final IdKind<PersonId> PERSON = new IdKind<>(0, PersonId.class, PersonId::of);
    private static final IdKind<OrganizationId> ORGANIZATION = new IdKind<>(1, OrganizationId.class, OrganizationId::of);
    private static final IdKind<PremisesId> PREMISES = new IdKind<>(2, PremisesId.class, PremisesId::of);
    private static final IdKind<RoomId> ROOM = new IdKind<>(3, RoomId.class, RoomId::of);
    private static final IdKind<LeaseId> LEASE = new IdKind<>(4, LeaseId.class, LeaseId::of);
    private static final IdKind<EmploymentId> EMPLOYMENT = new IdKind<>(5, EmploymentId.class, EmploymentId::of);
    private static final IdKind<EnrollmentId> ENROLLMENT = new IdKind<>(6, EnrollmentId.class, EnrollmentId::of);
    private static final IdKind<ResidenceId> RESIDENCE = new IdKind<>(7, ResidenceId.class, ResidenceId::of);
    private static final IdKind<VisitId> VISIT = new IdKind<>(8, VisitId.class, VisitId::of);

    private static final EnumNames<Sex> SEX = new EnumNames<>(Sex.class);
    private static final EnumNames<DocumentType> DOCUMENT_TYPE = new EnumNames<>(DocumentType.class);
    private static final EnumNames<OrganizationKind> ORGANIZATION_KIND = new EnumNames<>(OrganizationKind.class);
    private static final EnumNames<PremisesKind> PREMISES_KIND = new EnumNames<>(PremisesKind.class);
    private static final EnumNames<PremisesUse> PREMISES_USE = new EnumNames<>(PremisesUse.class);
    private static final EnumNames<PremisesFlag> PREMISES_FLAG = new EnumNames<>(PremisesFlag.class);
    private static final EnumNames<RoomKind> ROOM_KIND = new EnumNames<>(RoomKind.class);
    private static final EnumNames<BasisType> BASIS_TYPE = new EnumNames<>(BasisType.class);
    private static final EnumNames<VisitPurpose> VISIT_PURPOSE = new EnumNames<>(VisitPurpose.class);
    private static final EnumNames<LabelCondition> LABEL_CONDITION = new EnumNames<>(LabelCondition.class);
    private static final EnumNames<ResidenceKind> RESIDENCE_KIND = new EnumNames<>(ResidenceKind.class);

    private static final JavaType DOCUMENTS = list(IdentityDocument.class);
    private static final JavaType ROOMS = list(Room.class);
    private static final JavaType ROOM_IDS = list(RoomId.class);
    private static final JavaType PERSON_IDS = list(PersonId.class);
    /** Reads one lessee (a person id string or a party object) as the lease's annotation does. */
    private static final LesseeJson.Deserializer LESSEE = new LesseeJson.Deserializer();
    /** The lessees, for a value that is not an array: each element read as the lease's annotation reads it. */
    private static final JavaType LESSEES = TYPES.constructCollectionType(List.class,
            TYPES.constructType(Party.class).withValueHandler(LESSEE));
    private static final JavaType KINDS = TYPES.constructCollectionType(Set.class, OrganizationKind.class);
    private static final JavaType FLAGS = TYPES.constructCollectionType(Set.class, PremisesFlag.class);

    private static final Fields PERSON_FIELDS = new Fields(org.renfang.model.Person.class,
            "id", "name", "documents", "birthDate", "nationality", "sex", "phone", "householdRegistration");
    private static final Fields ORGANIZATION_FIELDS = new Fields(org.renfang.model.Organization.class,
            "id", "name", "creditCode", "kinds");
    private static final Fields PREMISES_FIELDS = new Fields(org.renfang.model.Premises.class,
            "id", "address", "kind", "use", "floorArea", "owner", "rooms", "flags", "dormitoryOf",
            "inResidentialCompound", "rentalRegister");
    private static final Fields RENTAL_REGISTER_FIELDS = new Fields(RentalRegister.class, "keptSince");
    private static final Fields CONFIRMATION_FIELDS = new Fields(ProviderConfirmation.class, "by", "on");
    private static final Fields ROOM_FIELDS = new Fields(Room.class, "id", "kind", "area", "partitionedFrom");
    private static final Fields ADDRESS_FIELDS = new Fields(Address.class,
            "division", "line", "building", "unit", "floor", "room", "code");
    private static final Fields LEASE_FIELDS = new Fields(org.renfang.model.Lease.class,
            "id", "premises", "rooms", "lessor", "lessees", "occupants", "household", "signedOn", "start",
            "end", "subletPermitted", "parent", "filing");
    private static final Fields PARTY_FIELDS = new Fields(Party.class, "person", "organization");
    private static final Fields FILING_FIELDS = new Fields(Filing.class, "number", "filedOn");
    private static final Fields EMPLOYMENT_FIELDS = new Fields(org.renfang.model.Employment.class,
            "id", "person", "employer", "start", "end");
    private static final Fields ENROLLMENT_FIELDS = new Fields(org.renfang.model.Enrollment.class,
            "id", "person", "school", "start", "end");
    private static final Fields RESIDENCE_FIELDS = new Fields(org.renfang.model.Residence.class,
            "id", "person", "premises", "room", "basis", "kind", "movedIn", "movedOut", "registeredOn",
            "deregisteredOn", "providerConfirmation");
    private static final Fields BASIS_FIELDS = new Fields(Basis.class, "type", "lease", "employer", "of");
    private static final Fields VISIT_FIELDS = new Fields(org.renfang.model.Visit.class,
            "id", "premises", "agency", "inspector", "at", "purpose", "observedOccupants", "label",
            "labelCondition");
    private static final Fields DOCUMENT_FIELDS = new Fields(IdentityDocument.class, "type", "number", "country");

    private final JsonMapper mapper;
    /** The field names met so far in each open object of the record, outermost first. */
    private final String[][] names = new String[RenfangJson.MAX_NESTING_DEPTH + 1][];
    private final int[] counts = new int[RenfangJson.MAX_NESTING_DEPTH + 1];
    /** The number of open objects; after an error, those the error left open. */
    private int depth;
    /** One map per id type sharing one instance per id text, or null when ids are not shared. */
    private final Map<String, RecordId>[] ids;
    private DefaultDeserializationContext context;
    /** The errors of the current record's fields met so far, each with its field in its path. */
    private final List<JsonMappingException> fieldErrors = new ArrayList<>();

    /**
     * @param mapper   the mapper whose deserializers take the values not bound here, not null
     * @param shareIds whether every occurrence of the same id text shares one id instance
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    RecordBinder(JsonMapper mapper, boolean shareIds) {
        this.mapper = mapper;
        this.ids = shareIds ? new Map[9] : null;
    }

    /**
     * Reads one record; the parser is on its {@code START_OBJECT} and is left on its
     * {@code END_OBJECT}.
     *
     * <p>Unlike databind, an error in one field of the record (a wrong value, an unknown field, a
     * nested value that cannot be read) does not end the record: it is kept, the rest of that
     * field's value is skipped (refusing duplicate keys in it) and reading goes on with the next
     * field. A record with such errors then ends in {@link FieldErrors}, and
     * {@link #takeFieldErrors()} gives each error and, last, the required fields missing besides
     * the fields that failed. An error that leaves the JSON unreadable (a syntax error, a
     * duplicate key, an over-long number) is thrown as it is met; the errors of the fields before
     * it are in {@link #takeFieldErrors()} too. Inside a nested object the first error ends it, as
     * in databind.
     *
     * @throws JsonMappingException as databind would, with the path below the record, for an
     *                              error that ends reading; {@link FieldErrors} after field errors
     */
    Object read(JsonParser p, RecordType type) throws IOException {
        depth = 0;
        fieldErrors.clear();
        switch (type) {
            case PERSONS:
                return person(p);
            case ORGANIZATIONS:
                return organization(p);
            case PREMISES:
                return premises(p);
            case LEASES:
                return lease(p);
            case EMPLOYMENTS:
                return employment(p);
            case ENROLLMENTS:
                return enrollment(p);
            case RESIDENCES:
                return residence(p);
            case VISITS:
                return visit(p);
            default:
                throw new IllegalArgumentException(type.name());
        }
    }

    // Records and nested values, one method per type: its switch reads a known field into the
    // builder and refuses an unknown one when it is met; object() does the rest.

    private Object person(JsonParser p) throws IOException {
        return object(p, PERSON_FIELDS, ImmutablePerson.builder(), (b, f, t) -> {
            switch (f) {
                case "id":
                    b.id(id(p, t, PERSON));
                    break;
                case "name":
                    b.name(string(p, t));
                    break;
                case "documents":
                    b.documents(collection(p, t, DOCUMENTS, new ArrayList<>(), this::document));
                    break;
                case "birthDate":
                    b.birthDate(date(p, t));
                    break;
                case "nationality":
                    b.nationality(string(p, t));
                    break;
                case "sex":
                    b.sex(SEX.read(this, p, t));
                    break;
                case "phone":
                    b.phone(string(p, t));
                    break;
                case "householdRegistration":
                    b.householdRegistration(address(p, t));
                    break;
                default:
                    throw PERSON_FIELDS.unknown(p, f);
            }
        }, ImmutablePerson.Builder::build);
    }

    private IdentityDocument document(JsonParser p, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            return (IdentityDocument) delegate(p, DOCUMENT_FIELDS.type);
        }
        return object(p, DOCUMENT_FIELDS, ImmutableIdentityDocument.builder(), (b, f, t) -> {
            switch (f) {
                case "type":
                    b.type(DOCUMENT_TYPE.read(this, p, t));
                    break;
                case "number":
                    b.number(string(p, t));
                    break;
                case "country":
                    b.country(string(p, t));
                    break;
                default:
                    throw DOCUMENT_FIELDS.unknown(p, f);
            }
        }, ImmutableIdentityDocument.Builder::build);
    }

    private Address address(JsonParser p, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            return (Address) delegate(p, ADDRESS_FIELDS.type);
        }
        return object(p, ADDRESS_FIELDS, ImmutableAddress.builder(), (b, f, t) -> {
            switch (f) {
                case "division":
                    b.division(string(p, t));
                    break;
                case "line":
                    b.line(string(p, t));
                    break;
                case "building":
                    b.building(string(p, t));
                    break;
                case "unit":
                    b.unit(string(p, t));
                    break;
                case "floor":
                    b.floor(string(p, t));
                    break;
                case "room":
                    b.room(string(p, t));
                    break;
                case "code":
                    b.code(string(p, t));
                    break;
                default:
                    throw ADDRESS_FIELDS.unknown(p, f);
            }
        }, ImmutableAddress.Builder::build);
    }

    private Object organization(JsonParser p) throws IOException {
        return object(p, ORGANIZATION_FIELDS, ImmutableOrganization.builder(), (b, f, t) -> {
            switch (f) {
                case "id":
                    b.id(id(p, t, ORGANIZATION));
                    break;
                case "name":
                    b.name(string(p, t));
                    break;
                case "creditCode":
                    b.creditCode(string(p, t));
                    break;
                case "kinds":
                    b.kinds(collection(p, t, KINDS, new LinkedHashSet<>(), (q, u) -> ORGANIZATION_KIND.read(this, q, u)));
                    break;
                default:
                    throw ORGANIZATION_FIELDS.unknown(p, f);
            }
        }, ImmutableOrganization.Builder::build);
    }

    private Object premises(JsonParser p) throws IOException {
        return object(p, PREMISES_FIELDS, ImmutablePremises.builder(), (b, f, t) -> {
            switch (f) {
                case "id":
                    b.id(id(p, t, PREMISES));
                    break;
                case "address":
                    b.address(address(p, t));
                    break;
                case "kind":
                    b.kind(PREMISES_KIND.read(this, p, t));
                    break;
                case "use":
                    b.use(PREMISES_USE.read(this, p, t));
                    break;
                case "floorArea":
                    b.floorArea(decimal(p, t));
                    break;
                case "owner":
                    b.owner(party(p, t));
                    break;
                case "rooms":
                    b.rooms(collection(p, t, ROOMS, new ArrayList<>(), this::room));
                    break;
                case "flags":
                    b.flags(collection(p, t, FLAGS, new LinkedHashSet<>(), (q, u) -> PREMISES_FLAG.read(this, q, u)));
                    break;
                case "dormitoryOf":
                    b.dormitoryOf(id(p, t, ORGANIZATION));
                    break;
                case "inResidentialCompound":
                    b.inResidentialCompound(bool(p, t));
                    break;
                case "rentalRegister":
                    b.rentalRegister(rentalRegister(p, t));
                    break;
                default:
                    throw PREMISES_FIELDS.unknown(p, f);
            }
        }, ImmutablePremises.Builder::build);
    }

    private Room room(JsonParser p, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            return (Room) delegate(p, ROOM_FIELDS.type);
        }
        return object(p, ROOM_FIELDS, ImmutableRoom.builder(), (b, f, t) -> {
            switch (f) {
                case "id":
                    b.id(id(p, t, ROOM));
                    break;
                case "kind":
                    b.kind(ROOM_KIND.read(this, p, t));
                    break;
                case "area":
                    b.area(decimal(p, t));
                    break;
                case "partitionedFrom":
                    b.partitionedFrom(id(p, t, ROOM));
                    break;
                default:
                    throw ROOM_FIELDS.unknown(p, f);
            }
        }, ImmutableRoom.Builder::build);
    }

    private Party party(JsonParser p, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            return (Party) delegate(p, PARTY_FIELDS.type);
        }
        return object(p, PARTY_FIELDS, ImmutableParty.builder(), (b, f, t) -> {
            switch (f) {
                case "person":
                    b.person(id(p, t, PERSON));
                    break;
                case "organization":
                    b.organization(id(p, t, ORGANIZATION));
                    break;
                default:
                    throw PARTY_FIELDS.unknown(p, f);
            }
        }, ImmutableParty.Builder::build);
    }

    private Object lease(JsonParser p) throws IOException {
        return object(p, LEASE_FIELDS, ImmutableLease.builder(), (b, f, t) -> {
            switch (f) {
                case "id":
                    b.id(id(p, t, LEASE));
                    break;
                case "premises":
                    b.premises(id(p, t, PREMISES));
                    break;
                case "rooms":
                    b.rooms(collection(p, t, ROOM_IDS, new ArrayList<>(), (q, u) -> id(q, u, ROOM)));
                    break;
                case "lessor":
                    b.lessor(party(p, t));
                    break;
                case "lessees":
                    b.lessees(collection(p, t, LESSEES, new ArrayList<>(), this::lessee));
                    break;
                case "occupants":
                    b.occupants(collection(p, t, PERSON_IDS, new ArrayList<>(), (q, u) -> id(q, u, PERSON)));
                    break;
                case "household":
                    b.household(bool(p, t));
                    break;
                case "signedOn":
                    b.signedOn(date(p, t));
                    break;
                case "start":
                    b.start(date(p, t));
                    break;
                case "end":
                    b.end(date(p, t));
                    break;
                case "subletPermitted":
                    b.subletPermitted(bool(p, t));
                    break;
                case "parent":
                    b.parent(id(p, t, LEASE));
                    break;
                case "filing":
                    b.filing(filing(p, t));
                    break;
                default:
                    throw LEASE_FIELDS.unknown(p, f);
            }
        }, ImmutableLease.Builder::build);
    }

    /** One lessee: a person id string, a party object, or any other token for the lessee deserializer to refuse. */
    private Party lessee(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            return Party.of(id(p, t, PERSON));
        }
        if (t == JsonToken.START_OBJECT) {
            return party(p, t);
        }
        return LESSEE.deserialize(p, context(p));
    }

    private RentalRegister rentalRegister(JsonParser p, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            return (RentalRegister) delegate(p, RENTAL_REGISTER_FIELDS.type);
        }
        return object(p, RENTAL_REGISTER_FIELDS, ImmutableRentalRegister.builder(), (b, f, t) -> {
            switch (f) {
                case "keptSince":
                    b.keptSince(date(p, t));
                    break;
                default:
                    throw RENTAL_REGISTER_FIELDS.unknown(p, f);
            }
        }, ImmutableRentalRegister.Builder::build);
    }

    private ProviderConfirmation confirmation(JsonParser p, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            return (ProviderConfirmation) delegate(p, CONFIRMATION_FIELDS.type);
        }
        return object(p, CONFIRMATION_FIELDS, ImmutableProviderConfirmation.builder(), (b, f, t) -> {
            switch (f) {
                case "by":
                    b.by(party(p, t));
                    break;
                case "on":
                    b.on(date(p, t));
                    break;
                default:
                    throw CONFIRMATION_FIELDS.unknown(p, f);
            }
        }, ImmutableProviderConfirmation.Builder::build);
    }

    private Filing filing(JsonParser p, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            return (Filing) delegate(p, FILING_FIELDS.type);
        }
        return object(p, FILING_FIELDS, ImmutableFiling.builder(), (b, f, t) -> {
            switch (f) {
                case "number":
                    b.number(string(p, t));
                    break;
                case "filedOn":
                    b.filedOn(date(p, t));
                    break;
                default:
                    throw FILING_FIELDS.unknown(p, f);
            }
        }, ImmutableFiling.Builder::build);
    }

    private Object employment(JsonParser p) throws IOException {
        return object(p, EMPLOYMENT_FIELDS, ImmutableEmployment.builder(), (b, f, t) -> {
            switch (f) {
                case "id":
                    b.id(id(p, t, EMPLOYMENT));
                    break;
                case "person":
                    b.person(id(p, t, PERSON));
                    break;
                case "employer":
                    b.employer(id(p, t, ORGANIZATION));
                    break;
                case "start":
                    b.start(date(p, t));
                    break;
                case "end":
                    b.end(date(p, t));
                    break;
                default:
                    throw EMPLOYMENT_FIELDS.unknown(p, f);
            }
        }, ImmutableEmployment.Builder::build);
    }

    private Object enrollment(JsonParser p) throws IOException {
        return object(p, ENROLLMENT_FIELDS, ImmutableEnrollment.builder(), (b, f, t) -> {
            switch (f) {
                case "id":
                    b.id(id(p, t, ENROLLMENT));
                    break;
                case "person":
                    b.person(id(p, t, PERSON));
                    break;
                case "school":
                    b.school(id(p, t, ORGANIZATION));
                    break;
                case "start":
                    b.start(date(p, t));
                    break;
                case "end":
                    b.end(date(p, t));
                    break;
                default:
                    throw ENROLLMENT_FIELDS.unknown(p, f);
            }
        }, ImmutableEnrollment.Builder::build);
    }

    private Object residence(JsonParser p) throws IOException {
        return object(p, RESIDENCE_FIELDS, ImmutableResidence.builder(), (b, f, t) -> {
            switch (f) {
                case "id":
                    b.id(id(p, t, RESIDENCE));
                    break;
                case "person":
                    b.person(id(p, t, PERSON));
                    break;
                case "premises":
                    b.premises(id(p, t, PREMISES));
                    break;
                case "room":
                    b.room(id(p, t, ROOM));
                    break;
                case "basis":
                    b.basis(basis(p, t));
                    break;
                case "kind":
                    b.kind(RESIDENCE_KIND.read(this, p, t));
                    break;
                case "movedIn":
                    b.movedIn(date(p, t));
                    break;
                case "movedOut":
                    b.movedOut(date(p, t));
                    break;
                case "registeredOn":
                    b.registeredOn(date(p, t));
                    break;
                case "deregisteredOn":
                    b.deregisteredOn(date(p, t));
                    break;
                case "providerConfirmation":
                    b.providerConfirmation(confirmation(p, t));
                    break;
                default:
                    throw RESIDENCE_FIELDS.unknown(p, f);
            }
        }, ImmutableResidence.Builder::build);
    }

    private Basis basis(JsonParser p, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            return (Basis) delegate(p, BASIS_FIELDS.type);
        }
        return object(p, BASIS_FIELDS, ImmutableBasis.builder(), (b, f, t) -> {
            switch (f) {
                case "type":
                    b.type(BASIS_TYPE.read(this, p, t));
                    break;
                case "lease":
                    b.lease(id(p, t, LEASE));
                    break;
                case "employer":
                    b.employer(id(p, t, ORGANIZATION));
                    break;
                case "of":
                    b.of(id(p, t, PERSON));
                    break;
                default:
                    throw BASIS_FIELDS.unknown(p, f);
            }
        }, ImmutableBasis.Builder::build);
    }

    private Object visit(JsonParser p) throws IOException {
        return object(p, VISIT_FIELDS, ImmutableVisit.builder(), (b, f, t) -> {
            switch (f) {
                case "id":
                    b.id(id(p, t, VISIT));
                    break;
                case "premises":
                    b.premises(id(p, t, PREMISES));
                    break;
                case "agency":
                    b.agency(id(p, t, ORGANIZATION));
                    break;
                case "inspector":
                    b.inspector(string(p, t));
                    break;
                case "at":
                    b.at((OffsetDateTime) delegate(p, INSTANT));
                    break;
                case "purpose":
                    b.purpose(VISIT_PURPOSE.read(this, p, t));
                    break;
                case "observedOccupants":
                    b.observedOccupants(integer(p, t));
                    break;
                case "label":
                    b.label(string(p, t));
                    break;
                case "labelCondition":
                    b.labelCondition(LABEL_CONDITION.read(this, p, t));
                    break;
                default:
                    throw VISIT_FIELDS.unknown(p, f);
            }
        }, ImmutableVisit.Builder::build);
    }

    /** Reads the value of one known or unknown field, whose token is not null, into a builder. */
    @FunctionalInterface
    private interface Fill<B> {
        void read(B builder, String field, JsonToken t) throws IOException;
    }

    /**
     * Reads an object, the parser on its {@code START_OBJECT}, field by field into a builder: a
     * repeated key is refused, a null value counts as absent (the mappers' Nulls.SKIP), and an
     * error is wrapped with the field name as databind's bean deserializer does. At the record's
     * own level a field's error is kept and reading goes on (see {@link #read}).
     */
    private <B, T> T object(JsonParser p, Fields fields, B builder, Fill<B> fill, Function<B, T> build)
            throws IOException {
        int level = open();
        JsonStreamContext record = level == 0 ? p.getParsingContext() : null;
        Set<String> failed = null;
        for (String f = name(p, level); f != null; f = name(p, level)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_NULL) {
                fields.check(p, f);
                continue;
            }
            try {
                fill.read(builder, f, t);
            } catch (Exception e) {
                IOException w = wrap(e, f);
                if (record == null || !(w instanceof JsonMappingException)
                        || RegistryReader.notWellFormed((JsonMappingException) w) != null) {
                    throw w;
                }
                StreamConstraintsException limit = limitOtherThanString(w);
                if (limit != null && !fieldErrors.isEmpty()) {
                    // Databind, skipping the rest of a record after its first error, meets such a
                    // limit (a field name, the nesting) as the parser's own error: so does the binder.
                    throw limit;
                }
                fieldErrors.add((JsonMappingException) w);
                if (failed == null) {
                    failed = new LinkedHashSet<>();
                }
                failed.add(f);
                // on to the end of this field's value, refusing duplicate keys in what is skipped
                RegistryReader.skipTo(p, record, openNames().subList(level + 1, depth));
                depth = level + 1;
            }
        }
        depth--;
        if (failed != null) {
            missingBesides(p, fields.raw, builder, build, failed);
            throw new FieldErrors(p);
        }
        return build(p, fields.raw, () -> build.apply(builder));
    }

    /** The input limit other than a string's length behind an error, or null. */
    private static StreamConstraintsException limitOtherThanString(Throwable e) {
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof StreamConstraintsException) {
                StreamConstraintsException limit = (StreamConstraintsException) c;
                return RegistryReader.limitDetail(limit).startsWith("string") ? null : limit;
            }
        }
        return null;
    }

    /** Adds the required fields a record with field errors misses, other than those that failed. */
    private <B, T> void missingBesides(JsonParser p, Class<?> type, B builder, Function<B, T> build,
            Set<String> failed) {
        try {
            build.apply(builder);
        } catch (RuntimeException e) {
            if (e instanceof MissingFieldsException) {
                List<String> missing = new ArrayList<>(((MissingFieldsException) e).fields());
                missing.removeAll(failed);
                if (!missing.isEmpty()) {
                    fieldErrors.add(ValueInstantiationException.from(p, "cannot build " + type.getSimpleName(),
                            TYPES.constructType(type), new MissingFieldsException(missing.toArray(new String[0]))));
                }
            }
            // any other check of the whole record may involve a failed field: the field's own error stands
        }
    }

    /**
     * Returns the errors of the current record's fields (see {@link #read}) and forgets them.
     *
     * @return the errors, in the order met, then the missing required fields; empty if none
     */
    List<JsonMappingException> takeFieldErrors() {
        List<JsonMappingException> errors = List.copyOf(fieldErrors);
        fieldErrors.clear();
        return errors;
    }

    /** Ends a record whose fields had errors; the errors are {@link #takeFieldErrors()}. */
    static final class FieldErrors extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        FieldErrors(JsonParser p) {
            super(p, "the record has field errors");
        }
    }

    // Duplicate keys. The binder finds them itself (the parser's detection allocates a set per
    // object, which was a sixth of a payload read): the names of each open object are kept per
    // nesting level, compared by identity first (the parser interns names). After an error the
    // names of the objects left open tell RegistryReader which keys its skipping must refuse.

    private int open() {
        counts[depth] = 0;
        if (names[depth] == null) {
            names[depth] = new String[16];
        }
        return depth++;
    }

    /**
     * Reads the next key of the object at {@code level}, or null at its end, refusing a key met
     * before. The parser reads a scalar value's first token with its key: when that fails, a
     * repeated key is still reported first, as the parser's own detection (which checks the key
     * as it reads it) does.
     */
    private String name(JsonParser p, int level) throws IOException {
        String name;
        try {
            name = p.nextFieldName();
        } catch (JsonProcessingException e) {
            String key = p.hasToken(JsonToken.FIELD_NAME) ? p.currentName() : null;
            if (key != null && met(level, key)) {
                throw duplicate(p, key);
            }
            throw e;
        }
        if (name != null) {
            seen(p, level, name);
        }
        return name;
    }

    private boolean met(int level, String name) {
        String[] met = names[level];
        for (int i = 0, n = counts[level]; i < n; i++) {
            if (met[i] == name || met[i].hashCode() == name.hashCode() && met[i].equals(name)) {
                return true;
            }
        }
        return false;
    }

    static JsonParseException duplicate(JsonParser p, String name) {
        return new JsonParseException(p, "Duplicate field '" + name + "'");
    }

    private void seen(JsonParser p, int level, String name) throws JsonParseException {
        if (met(level, name)) {
            throw duplicate(p, name);
        }
        String[] met = names[level];
        int n = counts[level];
        if (n == met.length) {
            met = Arrays.copyOf(met, n * 2);
            names[level] = met;
        }
        met[n] = name;
        counts[level] = n + 1;
    }

    /**
     * Returns the field names met in the objects a failed read left open, outermost (the record)
     * first.
     */
    List<List<String>> openNames() {
        List<List<String>> open = new ArrayList<>(depth);
        for (int i = 0; i < depth; i++) {
            open.add(Arrays.asList(names[i]).subList(0, counts[i]));
        }
        return open;
    }

    // Values. The expected token is bound here; any other is the mapper's deserializer's to
    // take or refuse. A value the deserializer turns into null counts as absent.

    private String string(JsonParser p, JsonToken t) throws IOException {
        return t == JsonToken.VALUE_STRING ? p.getText() : (String) delegate(p, STRING);
    }

    private LocalDate date(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            LocalDate d = StrictLocalDateDeserializer.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            if (d != null) {
                return d;
            }
        }
        return (LocalDate) delegate(p, DATE);
    }

    private BigDecimal decimal(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
            BigDecimal d = p.getDecimalValue();
            if (StrictDecimalDeserializer.isBounded(d)) {
                return d;
            }
        }
        return (BigDecimal) delegate(p, DECIMAL);
    }

    private boolean bool(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        return (Boolean) delegate(p, BOOLEAN);
    }

    private Integer integer(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue();
        }
        return (Integer) delegate(p, INTEGER);
    }

    @SuppressWarnings("unchecked")
    private <I extends RecordId> I id(JsonParser p, JsonToken t, IdKind<I> kind) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            return (I) delegate(p, kind.type);
        }
        String text = p.getText();
        if (ids == null) {
            return kind.create(p, text);
        }
        Map<String, RecordId> shared = ids[kind.index];
        if (shared == null) {
            shared = new HashMap<>();
            ids[kind.index] = shared;
        }
        RecordId id = shared.get(text);
        if (id == null) {
            id = kind.create(p, text);
            shared.put(id.value(), id);
        }
        return (I) id;
    }

    /**
     * Reads an array into {@code out}, element by element, as databind's collection deserializer
     * does: a null element is refused, and any error is wrapped with the index the element would
     * have had in the collection.
     */
    @SuppressWarnings("unchecked")
    private <T, C extends Collection<T>> Collection<T> collection(JsonParser p, JsonToken t, JavaType type, C out,
            Element<T> element) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            Collection<T> c = (Collection<T>) delegate(p, type);
            return c == null ? out : c;
        }
        JsonToken e;
        while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
            try {
                if (e == JsonToken.VALUE_NULL) {
                    throw InvalidNullException.from(context(p), PropertyName.NO_NAME, type.getContentType());
                }
                T v = element.read(p, e);
                if (v == null) {
                    throw ValueInstantiationException.from(p, "null element", type, new NullPointerException());
                }
                out.add(v);
            } catch (Exception x) {
                throw JsonMappingException.wrapWithPath(x, (Object) null, out.size());
            }
        }
        return out;
    }

    private <T> T build(JsonParser p, Class<?> type, Supplier<T> builder) throws JsonMappingException {
        try {
            return builder.get();
        } catch (RuntimeException e) {
            throw ValueInstantiationException.from(p, "cannot build " + type.getSimpleName(),
                    TYPES.constructType(type), e);
        }
    }

    /** The mapper's own deserializer reads the current value (the shape not bound here). */
    private Object delegate(JsonParser p, JavaType type) throws IOException {
        DeserializationContext c = context(p);
        // A collection is a property value, as in databind (a root collection cannot have the
        // mappers' content nulls setting).
        JsonDeserializer<Object> d = type.isContainerType()
                ? c.findContextualValueDeserializer(type, new BeanProperty.Std(PropertyName.construct("value"), type,
                        null, null, PropertyMetadata.STD_OPTIONAL))
                : c.findRootValueDeserializer(type);
        return d.deserialize(p, c);
    }

    private DeserializationContext context(JsonParser p) {
        if (context == null) {
            context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                    .createInstance(mapper.getDeserializationConfig(), p, mapper.getInjectableValues());
        }
        return context;
    }

    /**
     * Wraps an error of a field as databind's bean deserializer does: a JSON error (even a syntax
     * error or a limit) or a runtime exception gets the field in its path; another I/O error goes
     * on as it is.
     */
    private static IOException wrap(Exception e, String field) {
        if (e instanceof IOException && !(e instanceof com.fasterxml.jackson.core.JsonProcessingException)) {
            return (IOException) e;
        }
        return JsonMappingException.wrapWithPath(e, (Object) null, field);
    }

    private static JavaType list(Class<?> element) {
        return TYPES.constructCollectionType(List.class, element);
    }

    /** Reads one element of an array whose token is not null. */
    @FunctionalInterface
    private interface Element<T> {
        T read(JsonParser p, JsonToken t) throws IOException;
    }

    /** The fields of a type, to refuse an unknown one as databind does. */
    private static final class Fields {
        final JavaType type;
        final Class<?> raw;
        private final Set<String> names;

        Fields(Class<?> raw, String... names) {
            this.raw = raw;
            this.type = TYPES.constructType(raw);
            this.names = Set.of(names);
        }

        /** Refuses an unknown field whose value is null (a known one is skipped: null is absent). */
        void check(JsonParser p, String name) throws JsonMappingException {
            if (!names.contains(name)) {
                throw JsonMappingException.wrapWithPath(unknown(p, name), (Object) null, name);
            }
        }

        /** The exception of an unknown field, without the path, which the field loop adds. */
        JsonMappingException unknown(JsonParser p, String name) {
            return new UnrecognizedPropertyException(p, "unknown field", p.currentLocation(), raw, name,
                    List.copyOf(names));
        }
    }

    /** A typed id: its slot in the sharing maps, its class and its factory. */
    private static final class IdKind<I extends RecordId> {
        final int index;
        final JavaType type;
        private final Function<String, I> factory;

        IdKind(int index, Class<I> type, Function<String, I> factory) {
            this.index = index;
            this.type = TYPES.constructType(type);
            this.factory = factory;
        }

        I create(JsonParser p, String text) throws JsonMappingException {
            try {
                return factory.apply(text);
            } catch (InvalidFieldException e) {
                throw JsonMappingException.from(p, e.getMessage(), e);
            }
        }
    }

    /** An enum read by constant name; any other value is the mapper's to refuse. */
    private static final class EnumNames<E extends Enum<E>> {
        private final JavaType type;
        private final Map<String, E> byName = new HashMap<>();

        EnumNames(Class<E> type) {
            this.type = TYPES.constructType(type);
            for (E e : type.getEnumConstants()) {
                byName.put(e.name(), e);
            }
        }

        @SuppressWarnings("unchecked")
        E read(RecordBinder binder, JsonParser p, JsonToken t) throws IOException {
            if (t == JsonToken.VALUE_STRING) {
                E e = byName.get(p.getText());
                if (e != null) {
                    return e;
                }
            }
            return (E) binder.delegate(p, type);
        }
    }
}
