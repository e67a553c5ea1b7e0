#!/bin/sh
# linli-kiosk --import-items and --import-item-names from the command line,
# as staff run them: a good file is written, a file with a bad line writes
# nothing and names the line, and a mistyped database is not made anew.
. "$(dirname "$0")/command_site.sh"

printf 'id,category,name,owner,condition,place,notes,isbn\r\n,工具,电锤,6,好,工具屋 A5,"含钻头, 两根",\r\n' >"$dir/good.csv"
"$kiosk" --import-items "$dir/good.csv" $db >"$dir/out" 2>"$dir/err" || fail "a good file was refused"
grep -q "good.csv: 1 added, 0 changed, 0 as they were" "$dir/out" || fail "no word of the thing added"
grep -q "new things: number 41; print their labels at the staff desk" "$dir/out" || fail "no word of its number"

printf 'id,category,name,owner,condition,place,notes,isbn\n,tools,扳手,,good,工具屋 A3,,\n,厨具,炒锅,,good,货架 B2,,\n' >"$dir/bad.csv"
"$kiosk" --import-items "$dir/bad.csv" $db >"$dir/out" 2>"$dir/err" && fail "a file with a bad line was imported"
grep -q "bad.csv line 3: the category (类别) '厨具' is unknown" "$dir/err" || fail "the bad line is not named"
grep -q "nothing imported from bad.csv: 1 line to put right" "$dir/err" || fail "no word that nothing was imported"

# The bad file's good line was not written: the next new thing is number 42.
printf 'id,category,name,owner,condition,place,notes,isbn\n41,tools,电锤,6,good,工具屋 A6,,\n,tools,扳手,,good,工具屋 A3,,\n' >"$dir/next.csv"
"$kiosk" --import-items "$dir/next.csv" $db >"$dir/out" 2>"$dir/err" || fail "the next file was refused"
grep -q "next.csv: 1 added, 1 changed, 0 as they were" "$dir/out" || fail "the next file was not written"
grep -q "new things: number 42;" "$dir/out" || fail "the bad file wrote something"

printf 'category,name\n工具,电锤\ntools,锤子\n' >"$dir/names.csv"
"$kiosk" --import-item-names "$dir/names.csv" $db >"$dir/out" 2>"$dir/err" || fail "a good names file was refused"
grep -q "names.csv: 1 names added to intake's lists, 1 were there already" "$dir/out" || fail "no word of the names"

"$kiosk" --import-items "$dir/good.csv" --database "$dir/typo.db" --secret "$dir/installation.key" \
    >"$dir/out" 2>"$dir/err" && fail "a mistyped database was made anew"
grep -q "there is no database at $dir/typo.db" "$dir/err" || fail "no word of the missing database"
[ ! -e "$dir/typo.db" ] || fail "a mistyped database was made anew"
echo "imports from the command line write whole files or nothing"
