-- Word lists of the pre-review text check: sensitive words (possible classified or internal
-- material) and commonly mistaken words (易错字词) with their correction. Editable data, not code.
CREATE TABLE word_list_entry (
    id          BIGINT       PRIMARY KEY,
    kind        VARCHAR(20)  NOT NULL,
    word        VARCHAR(100) NOT NULL,
    suggestion  VARCHAR(100),
    UNIQUE (kind, word)
);

INSERT INTO word_list_entry (id, kind, word, suggestion) VALUES
 (1,  'SENSITIVE', '绝密', NULL),
 (2,  'SENSITIVE', '机密', NULL),
 (3,  'SENSITIVE', '秘密★', NULL),
 (4,  'SENSITIVE', '内部资料', NULL),
 (5,  'SENSITIVE', '内部文件', NULL),
 (6,  'SENSITIVE', '不得外传', NULL),
 (7,  'SENSITIVE', '仅供内部', NULL),
 (8,  'SENSITIVE', '工作秘密', NULL),
 (101, 'MISTAKE', '既使', '即使'),
 (102, 'MISTAKE', '按装', '安装'),
 (103, 'MISTAKE', '部暑', '部署'),
 (104, 'MISTAKE', '迫不急待', '迫不及待'),
 (105, 'MISTAKE', '再接再励', '再接再厉'),
 (106, 'MISTAKE', '一愁莫展', '一筹莫展'),
 (107, 'MISTAKE', '走头无路', '走投无路'),
 (108, 'MISTAKE', '篮图', '蓝图'),
 (109, 'MISTAKE', '针贬', '针砭'),
 (110, 'MISTAKE', '渡假', '度假'),
 (111, 'MISTAKE', '松驰', '松弛'),
 (112, 'MISTAKE', '重迭', '重叠'),
 (113, 'MISTAKE', '精减机构', '精简机构'),
 (114, 'MISTAKE', '人民政腐', '人民政府'),
 (115, 'MISTAKE', '中共中央总书计', '中共中央总书记');
