/* The few librsvg and cairo calls ChartKit needs to rasterise an SVG to PNG,
 * declared here because librsvg's pkg-config flags carry -pthread, which
 * SwiftPM rejects. Signatures as in librsvg 2.54 and cairo 1.16. */
#include <stddef.h>
#include <stdint.h>

typedef struct _RsvgHandle RsvgHandle;
typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;
typedef struct { uint32_t domain; int code; char *message; } GError;
typedef struct { double x, y, width, height; } RsvgRectangle;

RsvgHandle *rsvg_handle_new_from_data(const uint8_t *data, size_t data_len, GError **error);
int rsvg_handle_render_document(RsvgHandle *handle, cairo_t *cr, const RsvgRectangle *viewport, GError **error);
void g_object_unref(void *object);
void g_error_free(GError *error);

enum { INNSPILL_CAIRO_FORMAT_ARGB32 = 0 };
cairo_surface_t *cairo_image_surface_create(int format, int width, int height);
cairo_t *cairo_create(cairo_surface_t *target);
int cairo_surface_write_to_png(cairo_surface_t *surface, const char *filename);
int cairo_surface_status(cairo_surface_t *surface);
int cairo_status(cairo_t *cr);
void cairo_destroy(cairo_t *cr);
void cairo_surface_destroy(cairo_surface_t *surface);
