/* The few calls of libxml2's HTML and XML parsers the web page and OpenDocument readers need, declared here rather
 * than through libxml2's headers: those include ICU's, which clash with the copy Foundation builds in. Signatures and the first fields of
 * xmlNode as in libxml2 2.9 (tree.h, HTMLparser.h), whose layout is its public ABI; Debian's libxml2 exports xmlFree
 * as a variable. */
#include <stddef.h>

typedef unsigned char xmlChar;
typedef struct _xmlDoc xmlDoc;

/* The common part of libxml2's struct _xmlNode, up to its content. */
typedef struct innspill_xml_node {
    void *_private;
    int type;
    const xmlChar *name;
    struct innspill_xml_node *children;
    struct innspill_xml_node *last;
    struct innspill_xml_node *parent;
    struct innspill_xml_node *next;
    struct innspill_xml_node *prev;
    xmlDoc *doc;
    void *ns;
    xmlChar *content;
} innspill_xml_node;

enum { INNSPILL_XML_ELEMENT_NODE = 1, INNSPILL_XML_TEXT_NODE = 3, INNSPILL_XML_CDATA_SECTION_NODE = 4 };
/* htmlParserOption: relaxed parsing, no error or warning reports, no network. */
enum { INNSPILL_HTML_PARSE_OPTIONS = (1 << 0) | (1 << 5) | (1 << 6) | (1 << 11) };

/* xmlParserOption: no error or warning reports, no network; entities are not expanded. */
enum { INNSPILL_XML_PARSE_OPTIONS = (1 << 5) | (1 << 6) | (1 << 11) };

xmlDoc *htmlReadMemory(const char *buffer, int size, const char *URL, const char *encoding, int options);
xmlDoc *xmlReadMemory(const char *buffer, int size, const char *URL, const char *encoding, int options);
void xmlFreeDoc(xmlDoc *doc);
innspill_xml_node *xmlDocGetRootElement(const xmlDoc *doc);
xmlChar *xmlGetProp(const innspill_xml_node *node, const xmlChar *name);

/* xmlFree, a global function pointer (Swift 6 refuses to read one as shared mutable state). */
typedef void (*innspill_xml_free_func)(void *);
extern innspill_xml_free_func xmlFree;
static inline void innspill_xml_free(void *pointer) { xmlFree(pointer); }
