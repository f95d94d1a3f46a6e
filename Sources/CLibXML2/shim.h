// Debian's libxml2 is built with ICU, and <libxml/encoding.h> then includes the
// system's <unicode/ucnv.h>, whose enums clash with the ICU that Foundation bundles
// (_FoundationICU) in any Swift module importing both. policydiff never touches
// libxml2's ICU converter fields (it decodes bytes itself before parsing), so the
// ICU part of the headers is hidden.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>
