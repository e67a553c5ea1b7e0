-- A realistic day at a Honggangcheng community kiosk, for demos and trials.
-- Card UIDs and staff PINs go into temporary tables: the program hashes them
-- with this installation's secret before anything is stored.

INSERT INTO resident (id, name, birth_date, building, unit, room, phone, mobility_impaired, lives_alone) VALUES
    (1,  '张桂华', '1944-03-12', '8街坊3栋', '2单元', '501', '13807100001', 0, 1),
    (2,  '李建国', '1951-10-01', '8街坊3栋', '1单元', '302', '13807100002', 0, 0),
    (3,  '王秀英', '1938-06-20', '8街坊5栋', '3单元', '101', '13807100003', 1, 1),
    (4,  '刘德明', '1960-01-15', '9街坊1栋', '1单元', '602', '13807100004', 0, 0),
    (5,  '陈淑芬', '1946-12-08', '9街坊1栋', '2单元', '201', NULL,          1, 0),
    (6,  '杨志强', '1979-04-22', '9街坊2栋', '1单元', '405', '13807100006', 0, 0),
    (7,  '赵玉兰', '1934-09-30', '8街坊5栋', '1单元', '102', '13807100007', 1, 1),
    (8,  '黄伟',   '1981-07-07', '8街坊3栋', '3单元', '703', '13807100008', 0, 0),
    (9,  '周凤英', '1955-02-14', '10街坊4栋', '2单元', '301', '13807100009', 0, 1),
    (10, '吴国庆', '1949-10-01', '10街坊4栋', '1单元', '502', '13807100010', 0, 0),
    (11, '徐丽华', '1966-05-18', '10街坊2栋', '2单元', '203', '13807100011', 0, 0),
    (12, '孙福生', '1941-11-11', '9街坊2栋', '2单元', '101', '13807100012', 1, 0),
    (13, '马桂兰', '1958-08-08', '8街坊5栋', '2单元', '402', '13807100013', 0, 0),
    (14, '朱建华', '1972-03-03', '10街坊2栋', '1单元', '601', '13807100014', 0, 0),
    (15, '胡春梅', '1943-04-04', '9街坊1栋', '3单元', '102', '13807100015', 0, 1),
    (16, '郭长青', '1963-12-25', '10街坊4栋', '3单元', '404', '13807100016', 0, 0),
    (17, '何素珍', '1937-01-09', '8街坊3栋', '1单元', '101', NULL,          1, 1),
    (18, '林志远', '1953-06-06', '9街坊2栋', '3单元', '303', '13807100018', 0, 0),
    (19, '高玉珍', '1948-09-19', '10街坊2栋', '3单元', '102', '13807100019', 0, 1),
    (20, '罗小平', '1975-11-30', '8街坊5栋', '3单元', '505', '13807100020', 0, 0);

INSERT INTO driver (id, name, phone, plate, platform, union_member) VALUES
    (1, '陈建军', '13907200001', '鄂A·D12345', '滴滴出行', 1),
    (2, '刘海波', '13907200002', '鄂A·D67890', '曹操出行', 1),
    (3, '王志勇', '13907200003', '鄂A·F23456', 'T3出行',   0),
    (4, '张立新', '13907200004', '鄂A·D34567', '滴滴出行', 1),
    (5, '李明辉', '13907200005', '鄂A·F78901', '高德打车', 0);
-- 金牌服务: 陈建军, a party member, leads the team; 刘海波 and 张立新 drive with him.
UPDATE driver SET gold_service = 1 WHERE id IN (1, 2, 4);
UPDATE driver SET gold_service_leader = 1 WHERE id = 1;

CREATE TEMP TABLE demo_staff (id INTEGER PRIMARY KEY, name TEXT, role TEXT, pin TEXT);
INSERT INTO demo_staff (id, name, role, pin) VALUES
    (1, '周晓燕', 'canteen',       '246810'),
    (2, '吴海涛', 'social_worker', '135790'),
    (3, '郑美玲', 'volunteer',     '112358');

-- UIDs as the reader reports them: upper-case hex of the card's bytes.
CREATE TEMP TABLE demo_card (uid TEXT PRIMARY KEY, resident_id INTEGER, driver_id INTEGER, staff_id INTEGER);
INSERT INTO demo_card (uid, resident_id, driver_id, staff_id) VALUES
    ('04A1B2C3', 1,  NULL, NULL),
    ('04A1B2C4', 2,  NULL, NULL),
    ('04A1B2C5', 3,  NULL, NULL),
    ('04A1B2C6', 4,  NULL, NULL),
    ('04A1B2C7', 5,  NULL, NULL),
    ('04A1B2C8', 6,  NULL, NULL),
    ('04A1B2C9', 7,  NULL, NULL),
    ('04A1B2CA', 9,  NULL, NULL),
    ('04A1B2CB', 10, NULL, NULL),
    ('04A1B2CC', 12, NULL, NULL),
    ('04A1B2CD', 15, NULL, NULL),
    ('04A1B2CE', 17, NULL, NULL),
    ('04A1B2CF', 19, NULL, NULL),
    ('04D0D0D1', NULL, 1, NULL),
    ('04D0D0D2', NULL, 2, NULL),
    ('04E0E0E1', NULL, NULL, 1),
    ('04E0E0E2', NULL, NULL, 2),
    ('04E0E0E3', NULL, NULL, 3);

-- The canteen's usual dishes and menu.
INSERT INTO dish (id, name, name_en, category, price_fen, soft, low_salt, low_sugar, spicy) VALUES
    (1,  '红烧肉',     'Braised pork',             'meat',      1200, 1, 0, 0, 0),
    (2,  '清蒸鱼',     'Steamed fish',             'meat',      1000, 1, 1, 1, 0),
    (3,  '宫保鸡丁',   'Kung pao chicken',         'meat',       900, 0, 0, 0, 1),
    (4,  '肉末蒸蛋',   'Steamed egg with pork',    'meat',       600, 1, 1, 1, 0),
    (5,  '清炒时蔬',   'Stir-fried greens',        'vegetable',  400, 1, 1, 1, 0),
    (6,  '番茄炒蛋',   'Tomato and egg',           'vegetable',  500, 1, 0, 0, 0),
    (7,  '麻婆豆腐',   'Mapo tofu',                'vegetable',  500, 1, 0, 1, 1),
    (8,  '醋溜土豆丝', 'Sour potato strips',       'vegetable',  400, 0, 1, 1, 0),
    (9,  '排骨藕汤',   'Pork rib and lotus soup',  'soup',       600, 1, 1, 1, 0),
    (10, '紫菜蛋花汤', 'Seaweed and egg soup',     'soup',       300, 1, 1, 1, 0),
    (11, '米饭',       'Rice',                     'staple',     100, 1, 1, 1, 0),
    (12, '热干面',     'Hot dry noodles',          'staple',     500, 0, 0, 1, 1),
    (13, '豆浆',       'Soy milk',                 'drink',      200, 1, 1, 0, 0);

INSERT INTO standard_menu (period, dish_id, portions) VALUES
    ('lunch', 1, 40), ('lunch', 2, 30), ('lunch', 3, 40), ('lunch', 4, 30),
    ('lunch', 5, 60), ('lunch', 6, 50), ('lunch', 7, 40), ('lunch', 8, 40),
    ('lunch', 9, 40), ('lunch', 10, 60), ('lunch', 11, 150), ('lunch', 13, 40),
    ('dinner', 1, 30), ('dinner', 2, 20), ('dinner', 4, 30), ('dinner', 5, 40),
    ('dinner', 6, 40), ('dinner', 8, 30), ('dinner', 10, 50), ('dinner', 11, 100),
    ('breakfast', 12, 60), ('breakfast', 13, 60), ('breakfast', 11, 20);

-- Two sites: the community's canteen (main, renamed for the demo) and the
-- drivers' station, whose kitchen cooks a shorter menu for the driver set
-- (two meat, two vegetable) at lunch and dinner. A kiosk names its site in
-- its configuration (site=station).
UPDATE site SET name = '青和居社区幸福食堂', name_en = 'Qinghe Happiness Canteen' WHERE code = 'main';
INSERT INTO site (code, name, name_en) VALUES ('station', '红钢城街道网约车司机之家', 'Honggangcheng Driver Home');
INSERT INTO standard_menu (site, period, dish_id, portions) VALUES
    ('station', 'lunch', 1, 20), ('station', 'lunch', 3, 20), ('station', 'lunch', 4, 20),
    ('station', 'lunch', 5, 25), ('station', 'lunch', 6, 25), ('station', 'lunch', 8, 20),
    ('station', 'lunch', 10, 30), ('station', 'lunch', 11, 60),
    ('station', 'dinner', 1, 15), ('station', 'dinner', 3, 15), ('station', 'dinner', 5, 20),
    ('station', 'dinner', 7, 20), ('station', 'dinner', 10, 20), ('station', 'dinner', 11, 40);

-- Meal cards with what residents have put on them.
INSERT INTO meal_card (resident_id, balance_fen) VALUES
    (1, 15000), (2, 3000), (3, 8000), (5, 500), (7, 12000), (9, 2100), (10, 6000),
    (12, 4500), (15, 9900), (17, 20000), (19, 700);

-- The Shared House: each kind's rules, and what is on the shelves (some lent
-- by neighbours). Demo loans are made by the program, relative to today.
INSERT INTO item_category (code, name, name_en, position, loan_days, max_per_person, overdue_blocks, points_per_loan) VALUES
    ('tools',     '工具',     'Tools',              1, 3,  3, 1, 1),
    ('household', '生活用品', 'Household goods',    2, 7,  3, 1, 1),
    ('mobility',  '康复辅具', 'Mobility aids',      3, 30, 1, 0, 2),
    ('books',     '图书',     'Books',              4, 14, 5, 1, 1),
    ('emergency', '应急',     'Emergency',          5, 2,  2, 0, 0);

INSERT INTO item (id, category, name, owner_resident_id, condition, place, notes, isbn, added_at) VALUES
    (1, 'tools', '电钻', 6, 'good', '工具屋 A1', '含钻头一盒', NULL, '2026-09-01T00:00:00Z'),
    (2, 'tools', '电钻', NULL, 'worn', '工具屋 A1', '', NULL, '2026-09-01T00:00:00Z'),
    (3, 'tools', '人字梯', NULL, 'good', '工具屋 A2', '1.5米', NULL, '2026-09-01T00:00:00Z'),
    (4, 'tools', '锤子', NULL, 'good', '工具屋 A3', '', NULL, '2026-09-01T00:00:00Z'),
    (5, 'tools', '螺丝刀套装', 8, 'good', '工具屋 A3', '', NULL, '2026-09-01T00:00:00Z'),
    (6, 'tools', '扳手套装', NULL, 'good', '工具屋 A3', '', NULL, '2026-09-01T00:00:00Z'),
    (7, 'tools', '卷尺', NULL, 'good', '工具屋 A4', '5米', NULL, '2026-09-01T00:00:00Z'),
    (8, 'tools', '老虎钳', 14, 'worn', '工具屋 A4', '', NULL, '2026-09-01T00:00:00Z'),
    (9, 'tools', '疏通器', NULL, 'good', '工具屋 A5', '下水道用', NULL, '2026-09-01T00:00:00Z'),
    (10, 'household', '折叠桌', NULL, 'good', '货架 B1', '', NULL, '2026-09-01T00:00:00Z'),
    (11, 'household', '折叠椅', NULL, 'good', '货架 B1', '', NULL, '2026-09-01T00:00:00Z'),
    (12, 'household', '折叠椅', NULL, 'good', '货架 B1', '', NULL, '2026-09-01T00:00:00Z'),
    (13, 'household', '电饭煲', 11, 'good', '货架 B2', '', NULL, '2026-09-01T00:00:00Z'),
    (14, 'household', '蒸锅', NULL, 'good', '货架 B2', '', NULL, '2026-09-01T00:00:00Z'),
    (15, 'household', '熨斗', NULL, 'worn', '货架 B3', '', NULL, '2026-09-01T00:00:00Z'),
    (16, 'household', '缝纫机', 16, 'good', '货架 B4', '脚踏式', NULL, '2026-09-01T00:00:00Z'),
    (17, 'household', '买菜小推车', NULL, 'good', '货架 B5', '', NULL, '2026-09-01T00:00:00Z'),
    (18, 'household', '行李箱', 20, 'good', '货架 B5', '24寸', NULL, '2026-09-01T00:00:00Z'),
    (19, 'mobility', '轮椅', NULL, 'good', '辅具柜 C1', '可折叠', NULL, '2026-09-01T00:00:00Z'),
    (20, 'mobility', '轮椅', NULL, 'needs_repair', '辅具柜 C1', '左轮刹车松', NULL, '2026-09-01T00:00:00Z'),
    (21, 'mobility', '助行器', NULL, 'good', '辅具柜 C2', '', NULL, '2026-09-01T00:00:00Z'),
    (22, 'mobility', '拐杖', NULL, 'good', '辅具柜 C2', '四脚', NULL, '2026-09-01T00:00:00Z'),
    (23, 'mobility', '拐杖', 13, 'good', '辅具柜 C2', '', NULL, '2026-09-01T00:00:00Z'),
    (24, 'mobility', '血压计', NULL, 'good', '辅具柜 C3', '电子，含电池', NULL, '2026-09-01T00:00:00Z'),
    (25, 'mobility', '坐便椅', NULL, 'good', '辅具柜 C3', '', NULL, '2026-09-01T00:00:00Z'),
    (26, 'mobility', '洗澡椅', NULL, 'good', '辅具柜 C3', '', NULL, '2026-09-01T00:00:00Z'),
    (27, 'books', '小熊过桥', NULL, 'good', '书架 D1', '绘本', '9787534245787', '2026-09-01T00:00:00Z'),
    (28, 'books', '好饿的毛毛虫', 18, 'good', '书架 D1', '绘本', '9787501345694', '2026-09-01T00:00:00Z'),
    (29, 'books', '猜猜我有多爱你', NULL, 'good', '书架 D1', '绘本', '9787543412347', '2026-09-01T00:00:00Z'),
    (30, 'books', '三国演义', NULL, 'worn', '书架 D2', '大字本', '9787020008766', '2026-09-01T00:00:00Z'),
    (31, 'books', '红楼梦', NULL, 'good', '书架 D2', '', '9787020008773', '2026-09-01T00:00:00Z'),
    (32, 'books', '老年人健康食谱', 9, 'good', '书架 D3', '', '9787111456780', '2026-09-01T00:00:00Z'),
    (33, 'books', '智能手机入门', NULL, 'good', '书架 D3', '大字本，教用微信', '9787115234568', '2026-09-01T00:00:00Z'),
    (34, 'books', '象棋入门', NULL, 'good', '书架 D3', '', '9787500932109', '2026-09-01T00:00:00Z'),
    (35, 'emergency', '雨伞', NULL, 'good', '门口 E1', '', NULL, '2026-09-01T00:00:00Z'),
    (36, 'emergency', '雨伞', NULL, 'good', '门口 E1', '', NULL, '2026-09-01T00:00:00Z'),
    (37, 'emergency', '雨伞', NULL, 'good', '门口 E1', '', NULL, '2026-09-01T00:00:00Z'),
    (38, 'emergency', '充电宝', NULL, 'good', '门口 E2', '带三种接口', NULL, '2026-09-01T00:00:00Z'),
    (39, 'emergency', '充电宝', NULL, 'good', '门口 E2', '带三种接口', NULL, '2026-09-01T00:00:00Z'),
    (40, 'emergency', '手电筒', NULL, 'good', '门口 E2', '', NULL, '2026-09-01T00:00:00Z');

-- What staff pick from at intake (the CSV import adds more).
INSERT INTO item_template (category, name, position) VALUES
    ('tools', '电钻', 1), ('tools', '人字梯', 2), ('tools', '锤子', 3), ('tools', '螺丝刀套装', 4),
    ('tools', '扳手套装', 5), ('tools', '卷尺', 6), ('tools', '老虎钳', 7), ('tools', '疏通器', 8),
    ('household', '折叠桌', 1), ('household', '折叠椅', 2), ('household', '电饭煲', 3), ('household', '蒸锅', 4),
    ('household', '熨斗', 5), ('household', '缝纫机', 6), ('household', '买菜小推车', 7), ('household', '行李箱', 8),
    ('mobility', '轮椅', 1), ('mobility', '助行器', 2), ('mobility', '拐杖', 3), ('mobility', '血压计', 4),
    ('mobility', '坐便椅', 5), ('mobility', '洗澡椅', 6), ('mobility', '血糖仪', 7),
    ('books', '绘本', 1), ('books', '小说', 2), ('books', '健康读物', 3), ('books', '大字本', 4),
    ('emergency', '雨伞', 1), ('emergency', '充电宝', 2), ('emergency', '手电筒', 3), ('emergency', '雨衣', 4);
