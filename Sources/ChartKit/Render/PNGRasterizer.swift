import CRSVG
import Foundation

/// SVG to PNG through librsvg and cairo (Debian `librsvg2-dev`), at 2x scale by default so a
/// 1280x720 slide becomes a sharp 2560x1440 image.
///
/// ```swift
/// let png = try PNGRasterizer.render(svg: try BarChart().renderSVG(spec))
/// ```
public enum PNGRasterizer {
    static let installHint = "install librsvg with `apt-get install librsvg2-dev` (Debian/Ubuntu), then rebuild"

    /// PNG bytes for `svg`, rasterised at `scale` times the SVG's width and height attributes.
    public static func render(svg: String, scale: Double = 2) throws(ChartError) -> Data {
        guard let (w, h) = intrinsicSize(svg) else {
            throw ChartError(.rasterizer, "cannot rasterise: the SVG has no width and height attributes")
        }
        let pw = Int((w * scale).rounded()), ph = Int((h * scale).rounded())
        guard pw > 0, ph > 0, pw <= 20_000, ph <= 20_000 else {
            throw ChartError(.rasterizer, "cannot rasterise a \(pw)x\(ph) image; use a smaller size or scale")
        }
        let bytes = Array(svg.utf8)
        var error: UnsafeMutablePointer<GError>?
        let handle = bytes.withUnsafeBufferPointer { buf in
            rsvg_handle_new_from_data(buf.baseAddress, buf.count, &error)
        }
        guard let handle else {
            let detail = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "unknown error"
            if let error { g_error_free(error) }
            throw ChartError(.rasterizer, "librsvg could not read the SVG: \(detail). If librsvg is missing, \(installHint)")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(handle)) }
        guard let surface = cairo_image_surface_create(Int32(INNSPILL_CAIRO_FORMAT_ARGB32), Int32(pw), Int32(ph)),
              cairo_surface_status(surface) == 0 else {
            throw ChartError(.rasterizer, "cairo could not create a \(pw)x\(ph) image surface; \(installHint)")
        }
        defer { cairo_surface_destroy(surface) }
        guard let cr = cairo_create(surface) else {
            throw ChartError(.rasterizer, "cairo could not create a drawing context; \(installHint)")
        }
        var viewport = RsvgRectangle(x: 0, y: 0, width: Double(pw), height: Double(ph))
        let ok = rsvg_handle_render_document(handle, cr, &viewport, &error)
        cairo_destroy(cr)
        if ok == 0 {
            let detail = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "unknown error"
            if let error { g_error_free(error) }
            throw ChartError(.rasterizer, "librsvg could not render the SVG: \(detail)")
        }
        let tmp = FileManager.default.temporaryDirectory
            .appendingPathComponent("innspill-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: tmp) }
        guard cairo_surface_write_to_png(surface, tmp.path) == 0, let data = try? Data(contentsOf: tmp) else {
            throw ChartError(.rasterizer, "cairo could not encode the PNG (temporary file \(tmp.path))")
        }
        return data
    }

    /// The `width` and `height` attributes of the root `<svg>` element.
    static func intrinsicSize(_ svg: String) -> (Double, Double)? {
        guard let start = svg.range(of: "<svg") else { return nil }
        let tagEnd = svg[start.upperBound...].firstIndex(of: ">") ?? svg.endIndex
        let tag = svg[start.upperBound..<tagEnd]
        func attr(_ name: String) -> Double? {
            guard let r = tag.range(of: " \(name)=\"") else { return nil }
            let rest = tag[r.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { return nil }
            return Double(rest[..<end])
        }
        guard let w = attr("width"), let h = attr("height") else { return nil }
        return (w, h)
    }
}
