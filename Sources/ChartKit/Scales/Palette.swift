import Foundation

/// An RGB colour written as `#rrggbb`.
public struct RGB: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var r: Double, g: Double, b: Double

    public init(_ r: Double, _ g: Double, _ b: Double) {
        self.r = r; self.g = g; self.b = b
    }

    public init(hex: UInt32) {
        self.init(Double((hex >> 16) & 0xFF) / 255, Double((hex >> 8) & 0xFF) / 255, Double(hex & 0xFF) / 255)
    }

    public var description: String {
        func c(_ v: Double) -> String { String(format: "%02x", Int((min(1, max(0, v)) * 255).rounded())) }
        return "#" + c(r) + c(g) + c(b)
    }

    /// Relative luminance (WCAG), for choosing black or white text on a fill.
    public var luminance: Double {
        func lin(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }

    public func mix(_ other: RGB, _ t: Double) -> RGB {
        RGB(r + (other.r - r) * t, g + (other.g - g) * t, b + (other.b - b) * t)
    }

    /// 24-bit ANSI foreground or background escape.
    public func ansi(background: Bool = false) -> String {
        func c(_ v: Double) -> Int { Int((min(1, max(0, v)) * 255).rounded()) }
        return "\u{1B}[\(background ? 48 : 38);2;\(c(r));\(c(g));\(c(b))m"
    }
}

/// The Okabe-Ito palette (safe for the common colour-vision deficiencies), in the order charts use it,
/// and a sequential blue scale for heatmaps.
public enum Palette {
    /// Series colours: blue, orange, bluish green, reddish purple, sky blue, vermillion, yellow, grey.
    public static let okabeIto: [RGB] = [
        RGB(hex: 0x0072B2), RGB(hex: 0xE69F00), RGB(hex: 0x009E73), RGB(hex: 0xCC79A7),
        RGB(hex: 0x56B4E9), RGB(hex: 0xD55E00), RGB(hex: 0xF0E442), RGB(hex: 0x999999),
    ]

    /// The colour of series `i` (wraps after eight; charts merge series beyond seven into "andre").
    public static func series(_ i: Int) -> RGB { okabeIto[((i % okabeIto.count) + okabeIto.count) % okabeIto.count] }

    /// Sequential light-to-dark blue scale (ColorBrewer Blues), `t` in 0...1.
    public static func sequential(_ t: Double) -> RGB {
        let stops: [RGB] = [0xF7FBFF, 0xDEEBF7, 0xC6DBEF, 0x9ECAE1, 0x6BAED6, 0x4292C6, 0x2171B5, 0x08519C, 0x08306B]
            .map { RGB(hex: $0) }
        let x = min(1, max(0, t.isFinite ? t : 0)) * Double(stops.count - 1)
        let i = min(stops.count - 2, Int(x.rounded(.down)))
        return stops[i].mix(stops[i + 1], x - Double(i))
    }

    /// Black or white, whichever reads better on `fill`.
    public static func textOn(_ fill: RGB) -> RGB {
        // Black text from luminance 0.2 up: there the contrast with black passes the contrast with white.
        fill.luminance > 0.2 ? RGB(hex: 0x1A1A1A) : RGB(hex: 0xFFFFFF)
    }
}

/// Colours of the canvas for a theme.
public struct ThemeColors: Sendable {
    public var background: RGB
    public var text: RGB
    public var muted: RGB
    public var grid: RGB
    public var axis: RGB
    /// The fill of a single-series chart.
    public var accent: RGB

    public init(_ theme: ChartTheme) {
        switch theme {
        case .light:
            background = RGB(hex: 0xFFFFFF); text = RGB(hex: 0x1A1A1A); muted = RGB(hex: 0x5A5A5A)
            grid = RGB(hex: 0xE3E3E3); axis = RGB(hex: 0x8A8A8A); accent = RGB(hex: 0x0072B2)
        case .dark:
            background = RGB(hex: 0x1B1D21); text = RGB(hex: 0xF2F2F2); muted = RGB(hex: 0xB4B4B4)
            grid = RGB(hex: 0x3A3D42); axis = RGB(hex: 0x8A8A8A); accent = RGB(hex: 0x56B4E9)
        }
    }
}
