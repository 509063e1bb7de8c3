import Foundation

/// The key under which `tongban import` matches a row's name with existing matters' names:
/// NFKC (full-width and half-width letters, digits and brackets alike) with all white space
/// removed, so 社会保障卡 申领, 社会保障卡申领 and their full-width variants are one matter.
public enum MatterNameKey {
    public static func of(_ name: String) -> String {
        let folded = name.precomposedStringWithCompatibilityMapping
        var key = ""
        key.unicodeScalars.append(contentsOf: folded.unicodeScalars.filter { !$0.properties.isWhitespace })
        return key
    }
}
