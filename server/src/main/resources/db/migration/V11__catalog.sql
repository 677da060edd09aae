-- 基层政务公开标准目录 (国办发〔2019〕54号). The 26 pilot areas are a reconstructed list (facts §5.2,
-- UNVERIFIED as complete), so they live in a table the system administrator can extend, not in code.
CREATE TABLE catalog_area (
    code      VARCHAR(40)  PRIMARY KEY,
    name      VARCHAR(100) NOT NULL,
    position  INTEGER      NOT NULL
);

INSERT INTO catalog_area (code, name, position) VALUES
('major-projects', '重大建设项目', 1),
('public-resource-trading', '公共资源交易', 2),
('budgets', '财政预决算', 3),
('work-safety', '安全生产', 4),
('taxation', '税收管理', 5),
('land-acquisition', '征地补偿', 6),
('housing-expropriation', '国有土地上房屋征收与补偿', 7),
('rural-housing-renovation', '农村危房改造', 8),
('spatial-planning', '国土空间规划', 9),
('ecology', '生态环境', 10),
('public-culture', '公共文化服务', 11),
('rural-revitalization', '乡村振兴（扶贫）', 12),
('disaster-relief', '救灾', 13),
('food-drug', '食品药品监管', 14),
('urban-enforcement', '城市综合执法', 15),
('employment', '就业', 16),
('social-assistance', '社会救助', 17),
('elderly-care', '养老服务', 18),
('household-registration', '户籍管理', 19),
('agricultural-subsidies', '涉农补贴', 20),
('compulsory-education', '义务教育', 21),
('health', '卫生健康', 22),
('social-insurance', '社会保险', 23),
('municipal-services', '市政服务', 24),
('public-legal-services', '公共法律服务', 25),
('public-housing', '保障性住房', 26);

-- The areas an organ is responsible for and publishes a catalog of.
CREATE TABLE organ_catalog_area (
    organ_id   BIGINT      NOT NULL REFERENCES organ (id),
    area_code  VARCHAR(40) NOT NULL REFERENCES catalog_area (code),
    PRIMARY KEY (organ_id, area_code)
);

-- One 公开事项 of an organ's catalog, with the columns township catalogs print (facts §5.3).
-- channels, audience, disclosure_mode and levels hold the chosen values separated by '、'.
CREATE TABLE catalog_entry (
    id               BIGINT        PRIMARY KEY,
    organ_id         BIGINT        NOT NULL REFERENCES organ (id),
    area_code        VARCHAR(40)   NOT NULL REFERENCES catalog_area (code),
    first_level      VARCHAR(200)  NOT NULL,
    second_level     VARCHAR(200),
    content_elements VARCHAR(2000),
    basis            VARCHAR(2000),
    time_limit       VARCHAR(200)  NOT NULL,
    time_limit_days  INTEGER,
    subject          VARCHAR(200)  NOT NULL,
    channels         VARCHAR(500)  NOT NULL,
    audience         VARCHAR(100)  NOT NULL,
    disclosure_mode  VARCHAR(100)  NOT NULL,
    levels           VARCHAR(100)
);

CREATE INDEX catalog_entry_organ ON catalog_entry (organ_id, area_code);

-- 未涉及领域说明: why the organ publishes nothing in the areas it did not select.
CREATE TABLE organ_catalog_note (
    organ_id          BIGINT  PRIMARY KEY REFERENCES organ (id),
    not_covered_note  TEXT    NOT NULL,
    updated_on        DATE    NOT NULL
);
