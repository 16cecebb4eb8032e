# Turns a text file into a C string constant named after the file
# ("schema.sql" -> schema_sql), for data the binary carries.
BEGIN { name = ARGV[1]; sub(/.*\//, "", name); gsub(/[^A-Za-z0-9]/, "_", name)
	print "/* generated from " ARGV[1] " by src/embed.awk */"
	print "static const char " name "[] =" }
{ gsub(/\\/, "\\\\"); gsub(/"/, "\\\""); print "\t\"" $0 "\\n\"" }
END { print ";" }
