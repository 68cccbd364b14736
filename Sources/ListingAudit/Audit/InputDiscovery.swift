import Foundation

/// Finds the listing, refund and order exports in a folder by their header rows, never by file name. A file that
/// is none of these is reported; two files of one kind are an error, not a guess.
public struct InputDiscovery: Sendable, Equatable {
    public var listings: String
    public var refunds: String?
    public var orders: String?
    /// Files that are not a recognised export, with why.
    public var ignored: [IgnoredFile]

    /// A file the audit left out.
    public struct IgnoredFile: Sendable, Equatable {
        public var path: String
        public var reason: String
    }

    /// The file extensions looked at.
    static let extensions = TableFormat.inputExtensions

    /// Looks at every export directly in `folder`: `.csv`, `.tsv`, `.txt`, workbooks, XML feeds and JSON.
    /// - Throws: `AuditError.discovery` when the folder is missing, holds no listing export, or holds several
    ///   exports of one kind.
    public static func find(in folder: String) throws(AuditError) -> InputDiscovery {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .discovery(.folderNotFound(folder))
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        var found: [ExportKind: [String]] = [:]
        var ignored: [IgnoredFile] = []
        for name in names where !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            guard extensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
            do {
                let kind = try ExportKind.detect(path: path, isListings: isListings)
                if kind == .unknown {
                    ignored.append(IgnoredFile(path: path, reason: "header is not a listing, refund or order export"))
                } else {
                    found[kind, default: []].append(path)
                }
            } catch {
                ignored.append(IgnoredFile(path: path, reason: error.description))
            }
        }
        for kind in [ExportKind.listings, .refunds, .orders] where (found[kind]?.count ?? 0) > 1 {
            throw .discovery(.ambiguous(kind: kind.rawValue, paths: found[kind] ?? []))
        }
        guard let listings = found[.listings]?.first else {
            throw .discovery(.noListings(folder: folder, ignored: ignored.map(\.path)))
        }
        return InputDiscovery(
            listings: listings, refunds: found[.refunds]?.first, orders: found[.orders]?.first, ignored: ignored)
    }

    /// A header is a listing export when an adapter recognises it, it has the shape of one, or it is mapped by meaning.
    static func isListings(_ header: [String]) -> Bool { ExportKind.isListingHeader(header) }
}

/// What is wrong with a folder given to `audit DIR`.
public enum DiscoveryProblem: Sendable, Equatable, CustomStringConvertible {
    case folderNotFound(String)
    case noListings(folder: String, ignored: [String])
    case ambiguous(kind: String, paths: [String])

    public var description: String {
        switch self {
        case .folderNotFound(let folder):
            return "\(folder): no such folder"
        case .noListings(let folder, let ignored):
            let seen = ignored.isEmpty
                ? "no .csv, .tsv, .txt, .xlsx, .xml or .json files"
                : "not recognised: " + ignored.joined(separator: ", ")
            return "\(folder): no listing export found (\(seen)); name it with --listings FILE"
        case .ambiguous(let kind, let paths):
            let option = "--\(kind)"
            return "several \(kind) exports found: \(paths.joined(separator: ", ")); choose one with \(option) FILE"
        }
    }

    /// The problem said in `language`.
    public func message(_ language: Language) -> String {
        guard language == .zh else { return description }
        switch self {
        case .folderNotFound(let folder):
            return "\(folder)：文件夹不存在"
        case .noListings(let folder, let ignored):
            let seen = ignored.isEmpty
                ? "没有 .csv、.tsv、.txt、.xlsx、.xml 或 .json 文件" : "无法识别：" + ignored.joined(separator: "、")
            return "\(folder)：没有找到商品导出表（\(seen)）；请用 --listings FILE 指明"
        case .ambiguous(let kind, let paths):
            let name = ["listings": "商品", "refunds": "售后（退款）", "orders": "订单"][kind] ?? kind
            return "找到多个\(name)导出表：\(paths.joined(separator: "、"))；请用 --\(kind) FILE 选择一个"
        }
    }
}
