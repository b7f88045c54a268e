-- Wordings of stated reasons (what a leaver writes in the notice) and what they say: a reason
-- category code, or PERSONAL for 「一身上の都合」 and its variants, which name no reason at all.
-- Phrases are lower case; a stated reason takes the kind of its first matching phrase by priority,
-- so a specific wording ("一身上の都合（介護のため）") wins over the generic one.
CREATE TABLE stated_reason_phrase (
    id        BIGINT       NOT NULL PRIMARY KEY,
    phrase    VARCHAR(100) NOT NULL UNIQUE,
    kind      VARCHAR(40)  NOT NULL,
    priority  INTEGER      NOT NULL
);

INSERT INTO stated_reason_phrase (id, phrase, kind, priority) VALUES
 (1, 'キャリア', 'CAREER', 10), (2, '成長', 'CAREER', 10), (3, '転職', 'CAREER', 20), (4, 'career', 'CAREER', 10),
 (5, '給与', 'PAY', 10), (6, '給料', 'PAY', 10), (7, '年収', 'PAY', 10), (8, '待遇', 'PAY', 10),
 (9, 'salary', 'PAY', 10), (10, 'pay', 'PAY', 10),
 (11, '上司', 'MANAGER', 10), (12, '人間関係', 'MANAGER', 10), (13, 'manager', 'MANAGER', 10),
 (14, '残業', 'WORKLOAD', 10), (15, '業務量', 'WORKLOAD', 10), (16, '労働時間', 'WORKLOAD', 10),
 (17, 'workload', 'WORKLOAD', 10), (18, 'overtime', 'WORKLOAD', 10),
 (19, '仕事内容', 'WORK_CONTENT', 10), (20, '業務内容', 'WORK_CONTENT', 10), (21, 'work content', 'WORK_CONTENT', 10),
 (22, '評価', 'EVALUATION', 10), (23, '昇進', 'EVALUATION', 10), (24, '昇格', 'EVALUATION', 10),
 (25, 'promotion', 'EVALUATION', 10), (26, 'evaluation', 'EVALUATION', 10),
 (27, 'リモート', 'FLEXIBILITY', 10), (28, '在宅', 'FLEXIBILITY', 10), (29, '勤務地', 'FLEXIBILITY', 15),
 (30, 'remote', 'FLEXIBILITY', 10), (31, 'flexib', 'FLEXIBILITY', 10),
 (32, '介護', 'FAMILY', 10), (33, '育児', 'FAMILY', 10), (34, '転居', 'FAMILY', 10), (35, '家庭', 'FAMILY', 10),
 (36, '結婚', 'FAMILY', 10), (37, '出産', 'FAMILY', 10), (38, 'family', 'FAMILY', 10), (39, 'relocat', 'FAMILY', 10),
 (40, '健康', 'HEALTH', 10), (41, '体調', 'HEALTH', 10), (42, '療養', 'HEALTH', 10), (43, 'health', 'HEALTH', 10),
 (44, '進学', 'STUDY', 10), (45, '留学', 'STUDY', 10), (46, 'study', 'STUDY', 10),
 (47, '独立', 'INDEPENDENCE', 10), (48, '起業', 'INDEPENDENCE', 10), (49, 'own business', 'INDEPENDENCE', 10),
 (50, '一身上', 'PERSONAL', 100), (51, '一身の都合', 'PERSONAL', 100), (52, '個人的な', 'PERSONAL', 100),
 (53, '自己都合', 'PERSONAL', 100), (54, 'personal', 'PERSONAL', 100);
