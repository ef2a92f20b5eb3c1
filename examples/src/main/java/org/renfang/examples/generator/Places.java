package org.renfang.examples.generator;

import java.util.SplittableRandom;
import org.renfang.model.Address;
import org.renfang.model.ImmutableAddress;

/**
 * Real administrative division codes (GB/T 2260) and fictional street addresses: the districts
 * of Shanghai (3101xx), where every generated premises lies, and one urban district of each of
 * the provinces most migrants to Shanghai come from, for identity numbers and places of
 * household registration.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Places {
    /** Shanghai's districts: 黄浦 徐汇 长宁 静安 普陀 虹口 杨浦 闵行 宝山 嘉定 浦东 金山 松江 青浦 奉贤 崇明. */
    static final String[] SHANGHAI = {
        "310101", "310104", "310105", "310106", "310107", "310109", "310110", "310112", "310113", "310114",
        "310115", "310116", "310117", "310118", "310120", "310151"};
    /**
     * Districts elsewhere: 合肥瑶海 南京玄武 郑州中原 成都锦江 杭州上城 武汉江岸 长沙芙蓉 南昌东湖 济南历下
     * 福州鼓楼 广州荔湾 重庆万州 贵阳南明 兰州城关 石家庄长安 哈尔滨道里 南宁兴宁 太原小店 西安新城 昆明五华.
     */
    static final String[] ELSEWHERE = {
        "340102", "320102", "410102", "510104", "330102", "420102", "430102", "360102", "370102", "350102",
        "440103", "500101", "520102", "620102", "130102", "230102", "450102", "140105", "610102", "530102"};
    /** The prefixes of HMT residence permits: Hong Kong, Macao, Taiwan. */
    static final String[] HMT = {"810000", "820000", "830000"};
    /** The index of Taiwan's prefix in {@link #HMT}. */
    static final int TAIWAN = 2;

    private static final String[] ROADS = {
        "长寿路", "中山北路", "延安西路", "淮海中路", "曹杨路", "武宁路", "大渡河路", "真北路", "共和新路",
        "四平路", "控江路", "杨树浦路", "虹梅路", "莘庄路", "牡丹江路", "友谊路", "曹安公路", "博乐路",
        "张杨路", "浦东南路", "金桥路", "川沙路", "卫零路", "松汇路", "华新路", "南桥路", "八一路",
        "中原路", "宜山路", "漕溪北路", "凯旋路", "天山路", "江宁路", "西藏北路", "周家嘴路", "沪太路"};
    private static final String[] HOME_ROADS = {
        "人民路", "解放路", "建设路", "中山路", "和平路", "新华路", "胜利路", "光明街", "朝阳路", "东风路",
        "文化路", "健康路", "红旗路", "迎宾路", "幸福路", "团结路"};

    private Places() {
    }

    /**
     * Returns whether a division lies in Shanghai (31), the city of every generated premises: a
     * national whose household registration lies there is a local (户籍在本市).
     *
     * @param division a GB/T 2260 code, not null
     * @return true if in Shanghai
     */
    static boolean isShanghai(String division) {
        return division.startsWith("31");
    }

    /**
     * Returns a Shanghai district code.
     *
     * @param r the random source, not null
     * @return six digits
     */
    static String shanghaiDistrict(SplittableRandom r) {
        return SHANGHAI[r.nextInt(SHANGHAI.length)];
    }

    /**
     * Returns an address in Shanghai with building, unit and door number.
     *
     * @param r        the random source, not null
     * @param division the district, not null
     * @param floors   how many floors the building has, at least 1
     * @return the address, not null
     */
    static Address shanghai(SplittableRandom r, String division, int floors) {
        int floor = 1 + r.nextInt(floors);
        return ImmutableAddress.builder()
                .division(division)
                .line(ROADS[r.nextInt(ROADS.length)] + (1 + r.nextInt(2000)) + "弄")
                .building(Integer.toString(1 + r.nextInt(60)))
                .unit(Integer.toString(1 + r.nextInt(4)))
                .floor(Integer.toString(floor))
                .room(floor + "0" + (1 + r.nextInt(6)))
                .build();
    }

    /**
     * Returns the address of a whole building in Shanghai (a dormitory block, a hotel, a shop).
     *
     * @param r        the random source, not null
     * @param division the district, not null
     * @return the address, not null
     */
    static Address shanghaiBuilding(SplittableRandom r, String division) {
        return ImmutableAddress.builder()
                .division(division)
                .line(ROADS[r.nextInt(ROADS.length)] + (1 + r.nextInt(3000)) + "号")
                .build();
    }

    /**
     * Returns a place of household registration (户籍地) in a division.
     *
     * @param r        the random source, not null
     * @param division the division of the registration, not null
     * @return the address, not null
     */
    static Address home(SplittableRandom r, String division) {
        String[] roads = division.startsWith("31") ? ROADS : HOME_ROADS;
        return ImmutableAddress.builder()
                .division(division)
                .line(roads[r.nextInt(roads.length)] + (1 + r.nextInt(500)) + "号")
                .build();
    }
}
