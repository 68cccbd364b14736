#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Why a system call on a file or folder failed, in both languages. English keeps the system's own words
/// (`strerror`: `No space left on device`); Chinese says the reasons a shop owner meets (a missing folder, no
/// permission, a full or read-only disk, a file-size limit, a damaged disk…) in Chinese, and any other by its number,
/// so no English fragment reaches a Chinese message.
public enum SystemError {
    /// The reason for the error number `code` (an `errno` value).
    public static func reason(_ code: Int32) -> LocalizedText {
        LocalizedText(zh: chinese[code] ?? "系统错误（代码 \(code)）", en: String(cString: strerror(code)))
    }

    /// The reason for the call that failed last on this thread (`errno`).
    public static func last() -> LocalizedText { reason(errno) }

    /// The reason for a Foundation file error: the POSIX error it carries (directly or as its underlying error), or
    /// the one a Cocoa file error code stands for; otherwise Foundation's description in English and the code in
    /// Chinese.
    public static func reason(_ error: any Error) -> LocalizedText {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return reason(Int32(error.code)) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return reason(Int32(underlying.code))
        }
        if error.domain == NSCocoaErrorDomain, let code = cocoaCodes[error.code] { return reason(code) }
        return LocalizedText(zh: "系统错误（代码 \(error.code)）", en: error.localizedDescription)
    }

    /// Chinese for the error numbers a file or folder operation gives in practice.
    private static let chinese: [Int32: String] = [
        ENOENT: "文件或文件夹不存在",
        EACCES: "没有权限",
        EPERM: "不允许这样操作（没有权限）",
        ENOTDIR: "路径中有一项不是文件夹",
        EISDIR: "这是一个文件夹，不是文件",
        ENOSPC: "磁盘空间不足",
        EDQUOT: "超出磁盘配额",
        EFBIG: "文件超过了系统允许的大小",
        EROFS: "磁盘是只读的",
        EIO: "磁盘读写出错（可能损坏或已断开）",
        ENAMETOOLONG: "文件名或路径太长",
        ELOOP: "符号链接层数太多（可能循环）",
        EMFILE: "打开的文件太多",
        ENFILE: "系统打开的文件太多",
        ENOMEM: "内存不足",
        EBUSY: "文件或设备正被占用",
        ETXTBSY: "文件正被占用",
        EEXIST: "已经存在",
        ENOTEMPTY: "文件夹不是空的",
        EXDEV: "不能在两块磁盘之间直接移动",
        EINVAL: "参数无效",
        ENXIO: "设备不存在或未连接",
        ENODEV: "设备不支持这样操作",
        EAGAIN: "暂时无法完成，请重试",
        EINTR: "操作被中断",
        EOVERFLOW: "文件太大，无法读取",
        ESTALE: "网络文件已失效，请重新打开",
    ]

    /// The POSIX error each Cocoa file error code stands for.
    private static let cocoaCodes: [Int: Int32] = [
        CocoaError.fileNoSuchFile.rawValue: ENOENT,
        CocoaError.fileReadNoSuchFile.rawValue: ENOENT,
        CocoaError.fileReadNoPermission.rawValue: EACCES,
        CocoaError.fileWriteNoPermission.rawValue: EACCES,
        CocoaError.fileWriteOutOfSpace.rawValue: ENOSPC,
        CocoaError.fileWriteVolumeReadOnly.rawValue: EROFS,
        CocoaError.fileWriteFileExists.rawValue: EEXIST,
        CocoaError.fileReadTooLarge.rawValue: EFBIG,
    ]
}
