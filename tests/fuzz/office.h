/* The office harnesses past the zip layer: a mutated DOCX or ODT almost
 * never passes libzip's CRC and consistency checks, so the fuzzer never
 * reaches the XML.  Here the input is the XML of the document part (and,
 * after a NUL byte, of the styles part), packed into a fresh stored zip
 * in memory that the reader then opens as any package. */
#ifndef PC_FUZZ_OFFICE_H
#define PC_FUZZ_OFFICE_H

#include <stdbool.h>
#include <string.h>
#include <zip.h>

#include "fuzz.h"

/* Adds a part; false when libzip fails (then the input is skipped). */
static inline bool fuzz_zip_add(zip_t *z, const char *name, const void *p, size_t n)
{
	zip_source_t *s = zip_source_buffer(z, p, n, 0);
	zip_int64_t i = s ? zip_file_add(z, name, s, ZIP_FL_OVERWRITE) : -1;
	if (i < 0) {
		zip_source_free(s);
		return false;
	}
	return zip_set_file_compression(z, (zip_uint64_t)i, ZIP_CM_STORE, 0) == 0;
}

static inline void fuzz_office(const uint8_t *data, size_t size, bool odt)
{
	const uint8_t *nul = memchr(data, 0, size);
	size_t doclen = nul ? (size_t)(nul - data) : size;
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
	if (!src)
		abort();
	zip_source_keep(src); /* outlives zip_close, which writes into it */
	zip_t *z = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
	if (!z)
		abort();
	static const char mime[] = "application/vnd.oasis.opendocument.text";
	bool ok = odt ? fuzz_zip_add(z, "mimetype", mime, sizeof(mime) - 1) &&
			fuzz_zip_add(z, "content.xml", data, doclen)
		      : fuzz_zip_add(z, "word/document.xml", data, doclen);
	if (ok && nul)
		ok = fuzz_zip_add(z, odt ? "styles.xml" : "word/styles.xml", nul + 1,
				  size - doclen - 1);
	if (!ok || zip_close(z) != 0) {
		zip_discard(z);
		zip_source_free(src);
		zip_error_fini(&ze);
		return;
	}
	zip_stat_t st;
	char *buf = NULL;
	zip_int64_t got = -1;
	if (zip_source_stat(src, &st) == 0 && zip_source_open(src) == 0) {
		buf = malloc(st.size ? st.size : 1);
		got = zip_source_read(src, buf, st.size);
		zip_source_close(src);
	}
	if (got >= 0)
		fuzz_check((const uint8_t *)buf, (size_t)got,
			   odt ? PC_FORMAT_ODT : PC_FORMAT_DOCX);
	free(buf);
	zip_source_free(src);
	zip_error_fini(&ze);
}

#endif
