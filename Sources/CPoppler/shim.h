// poppler's GLib interface (Debian: libpoppler-glib-dev, pkg-config poppler-glib):
// the one stable C API of poppler. policydiff uses only the document, page and
// text calls; cairo comes along through the header but is never called.
#include <poppler.h>
