package org.renfang.examples.generator;

import java.util.SplittableRandom;

/**
 * Fictional personal and organization names built from syllable lists: Chinese names (a
 * surname and one or two given-name characters) and Latin-script names for foreign nationals.
 * The names are combinations, not taken from any real register.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Names {
    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
        "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田",
        "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚",
        "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白",
        "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺",
        "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤", "欧阳", "司马"};
    private static final String[] MALE = {
        "伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "刚", "平", "辉", "鹏", "华", "飞", "鑫",
        "波", "斌", "宇", "浩", "凯", "健", "俊", "帆", "帅", "旭", "宁", "龙", "林", "阳", "峰", "建", "国",
        "志", "文", "博", "晨", "昊", "轩", "然", "睿", "泽", "航", "诚", "毅", "清", "海", "松", "岩"};
    private static final String[] FEMALE = {
        "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀", "玲", "燕", "萍", "红", "婷", "雪", "慧", "琳",
        "晶", "颖", "倩", "洁", "琴", "云", "莉", "兰", "梅", "欣", "怡", "佳", "悦", "璐", "瑶", "蕾", "薇",
        "萱", "涵", "诗", "雨", "梦", "彤", "菲", "蓉", "月", "青", "婉", "思", "可", "心", "馨", "宁"};
    private static final String[] LATIN_FIRST = {
        "Ka", "Ma", "Le", "So", "Ta", "Ni", "Ro", "Be", "Da", "El", "Fe", "Gi", "Ha", "Jo", "Lu", "Mi",
        "No", "Pa", "Re", "Sa", "Te", "Va", "Wi", "Yu", "An", "Cla", "Ed", "Ine", "Ola", "Ul"};
    private static final String[] LATIN_MIDDLE = {
        "ri", "la", "ne", "to", "vi", "mo", "ra", "li", "do", "se", "na", "ko", "ti", "be", "ma", "lo"};
    private static final String[] LATIN_END = {
        "n", "s", "a", "o", "e", "ck", "rt", "nd", "ll", "sen", "son", "mann", "ard", "ez", "ini", "ov"};
    private static final String[] COMPANY_WORDS = {
        "华", "信", "达", "通", "盛", "丰", "瑞", "恒", "联", "创", "新", "宏", "泰", "安", "顺", "远",
        "博", "鼎", "嘉", "和", "昌", "兴", "隆", "海", "明", "科", "汇", "源", "祥", "星"};
    private static final String[] COMPANY_TRADES = {
        "电子科技", "物流", "餐饮管理", "建筑工程", "服装", "机械制造", "物业管理", "快递服务", "精密模具",
        "食品", "汽车零部件", "印刷", "家政服务", "网络科技", "医疗器械", "保洁服务"};

    private Names() {
    }

    /**
     * Returns a fictional Chinese name.
     *
     * @param r    the random source, not null
     * @param male whether the given name reads as a man's
     * @return the name, 2 to 4 characters
     */
    static String chinese(SplittableRandom r, boolean male) {
        String[] given = male ? MALE : FEMALE;
        String surname = SURNAMES[r.nextInt(SURNAMES.length)];
        String first = given[r.nextInt(given.length)];
        return r.nextInt(3) == 0 ? surname + first : surname + first + given[r.nextInt(given.length)];
    }

    /**
     * Returns a fictional Latin-script name, given name then family name.
     *
     * @param r the random source, not null
     * @return the name, not null
     */
    static String latin(SplittableRandom r) {
        return word(r) + " " + word(r) + (r.nextBoolean() ? LATIN_MIDDLE[r.nextInt(LATIN_MIDDLE.length)] : "");
    }

    private static String word(SplittableRandom r) {
        return LATIN_FIRST[r.nextInt(LATIN_FIRST.length)] + LATIN_MIDDLE[r.nextInt(LATIN_MIDDLE.length)]
                + LATIN_END[r.nextInt(LATIN_END.length)];
    }

    /**
     * Returns a fictional company name in Shanghai.
     *
     * @param r the random source, not null
     * @return the name, not null
     */
    static String company(SplittableRandom r) {
        return "上海" + COMPANY_WORDS[r.nextInt(COMPANY_WORDS.length)] + COMPANY_WORDS[r.nextInt(COMPANY_WORDS.length)]
                + COMPANY_TRADES[r.nextInt(COMPANY_TRADES.length)] + "有限公司";
    }

    /**
     * Returns a fictional letting agent's name (a long-term rental apartment operator).
     *
     * @param r the random source, not null
     * @return the name, not null
     */
    static String lettingAgent(SplittableRandom r) {
        return "上海" + COMPANY_WORDS[r.nextInt(COMPANY_WORDS.length)] + COMPANY_WORDS[r.nextInt(COMPANY_WORDS.length)]
                + "公寓管理有限公司";
    }

    /**
     * Returns a fictional hotel operator's name.
     *
     * @param r the random source, not null
     * @return the name, not null
     */
    static String hotel(SplittableRandom r) {
        return "上海" + COMPANY_WORDS[r.nextInt(COMPANY_WORDS.length)] + COMPANY_WORDS[r.nextInt(COMPANY_WORDS.length)]
                + "酒店管理有限公司";
    }
}
