-- Registering drivers at the station's staff desk with nothing typed: the
-- surname from a list (the driver is 陈师傅 until the people register
-- brings full names from the community's spreadsheet), the phone and the
-- plate on keypads, the platform from a list. Both lists are data.

CREATE TABLE driver_platform (
    name     TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 20),
    name_en  TEXT NOT NULL,
    position INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO driver_platform (name, name_en, position) VALUES
    ('滴滴出行', 'DiDi', 1), ('曹操出行', 'Caocao', 2), ('T3出行', 'T3', 3), ('高德打车', 'Amap', 4),
    ('美团打车', 'Meituan', 5), ('享道出行', 'Xiangdao', 6), ('花小猪', 'Huaxiaozhu', 7), ('其他平台', 'Other', 8);

-- The common surnames, most common first.
CREATE TABLE common_surname (
    surname  TEXT PRIMARY KEY CHECK (length(surname) BETWEEN 1 AND 2),
    position INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO common_surname (surname, position) VALUES
    ('王', 1), ('李', 2), ('张', 3), ('刘', 4), ('陈', 5), ('杨', 6), ('黄', 7), ('赵', 8), ('吴', 9), ('周', 10),
    ('徐', 11), ('孙', 12), ('马', 13), ('朱', 14), ('胡', 15), ('郭', 16), ('何', 17), ('高', 18), ('林', 19),
    ('罗', 20), ('郑', 21), ('梁', 22), ('谢', 23), ('宋', 24), ('唐', 25), ('许', 26), ('韩', 27), ('冯', 28),
    ('邓', 29), ('曹', 30), ('彭', 31), ('曾', 32), ('肖', 33), ('田', 34), ('董', 35), ('袁', 36), ('潘', 37),
    ('于', 38), ('蒋', 39), ('蔡', 40), ('余', 41), ('杜', 42), ('叶', 43), ('程', 44), ('苏', 45), ('魏', 46),
    ('吕', 47), ('丁', 48), ('任', 49), ('沈', 50), ('姚', 51), ('卢', 52), ('姜', 53), ('崔', 54), ('钟', 55),
    ('谭', 56), ('陆', 57), ('汪', 58), ('范', 59), ('金', 60), ('石', 61), ('廖', 62), ('贾', 63), ('夏', 64),
    ('韦', 65), ('付', 66), ('方', 67), ('白', 68), ('邹', 69), ('孟', 70), ('熊', 71), ('秦', 72);

-- Who registered a driver at the desk, and when (NULL: before the desk).
ALTER TABLE driver ADD COLUMN registered_at TEXT;
ALTER TABLE driver ADD COLUMN registered_by INTEGER REFERENCES staff (id);

-- A car is registered to one active driver: a second registration of a
-- plate (a double tap, or another kiosk) is refused by the database.
CREATE UNIQUE INDEX driver_plate_active ON driver (plate) WHERE active = 1;
