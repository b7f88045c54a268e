package jp.kizuna.alumni.offboarding;

/**
 * How an employment ended, as Japanese HR counts it: 自己都合 (the employee's own decision, which a
 * resignation notice normally is), 会社都合 (the company's decision), 定年 (retirement age), 契約期間満了
 * (a fixed-term contract not renewed) or something else. Turnover separates voluntary leaving from the rest.
 */
public enum LeavingType {
    VOLUNTARY,
    COMPANY,
    RETIREMENT,
    CONTRACT_END,
    OTHER;

    public boolean isVoluntary() {
        return this == VOLUNTARY;
    }
}
