#!/bin/sh
# linli-kiosk --import-people and --export-person from the command line, as
# the street office's staff run them: a good roll is written and its summary
# printed, a roll with a bad line writes nothing and names the line, a GBK
# file from a Chinese PC is read, and one person's export is JSON on stdout.
. "$(dirname "$0")/command_site.sh"

printf '姓名,性别,出生日期,楼栋,单元,房号,电话,独居,身份证号\r\n钱淑英,女,1950/1/1,8街坊3栋,2单元,502,138 0710 0099,是,420106195001010011\r\n张桂华,女,1944-03-12,8街坊3栋,2单元,501,13807100001,是,\r\n' >"$dir/roll.csv"
"$kiosk" --import-people "$dir/roll.csv" $db >"$dir/out" 2>"$dir/err" || fail "a good roll was refused"
grep -q "新增 1 人，更新 1 人，未变 0 人 (1 added, 1 changed, 0 as they were)" "$dir/out" || fail "no summary"
"$kiosk" --import-people "$dir/roll.csv" $db >"$dir/out" 2>"$dir/err" || fail "the roll again was refused"
grep -q "新增 0 人，更新 0 人，未变 2 人" "$dir/out" || fail "the roll again changed something"

printf '姓名,性别,出生日期,楼栋,单元,房号\n李建国,男,1951-10-01,8街坊3栋,1单元,303\n冯丽,女士,1960-01-01,8街坊3栋,1单元,304\n' >"$dir/bad.csv"
"$kiosk" --import-people "$dir/bad.csv" $db >"$dir/out" 2>"$dir/err" && fail "a roll with a bad line was imported"
grep -q "bad.csv line 3: the gender (性别) '女士' is not 男 or 女" "$dir/err" || fail "the bad line is not named"
grep -q "nothing imported from bad.csv: 1 line to put right" "$dir/err" || fail "no word that nothing was imported"

# 韩磊 in GBK, as Excel on a Chinese PC saves plain CSV; a role column makes it a staff list.
printf 'name,role\n\272\253\300\332,volunteer\n' >"$dir/staff.csv"
"$kiosk" --import-people "$dir/staff.csv" $db >"$dir/out" 2>"$dir/err" || fail "a GBK staff list was refused"
grep -q "staff.csv (staff" "$dir/out" || fail "not read as a staff list"
grep -q "新增 1 人" "$dir/out" || fail "the staff member was not added"

"$kiosk" --export-person 1 $db >"$dir/out" 2>"$dir/err" || fail "the export failed"
grep -q '"name": "张桂华"' "$dir/out" || fail "the export does not hold her row"
grep -q '"cards": \[' "$dir/out" || fail "the export does not hold her cards"
grep -q 'uid_hash' "$dir/out" && fail "the export holds a card's hash"
"$kiosk" --export-person S4 $db >"$dir/out" 2>"$dir/err" || fail "the staff export failed"
grep -q '"name": "韩磊"' "$dir/out" || fail "the GBK name was not read right"
grep -q 'pin_hash' "$dir/out" && fail "the export holds a PIN key"
"$kiosk" --export-person D99 $db >"$dir/out" 2>"$dir/err" && fail "an unknown driver was exported"
grep -q "there is no driver D99" "$dir/err" || fail "no word of the unknown driver"

"$kiosk" --import-people "$dir/roll.csv" --database "$dir/typo.db" --secret "$dir/installation.key" \
    >"$dir/out" 2>"$dir/err" && fail "a mistyped database was made anew"
[ ! -e "$dir/typo.db" ] || fail "a mistyped database was made anew"
echo "the roll imports whole or not at all, and a person's export holds their records"
