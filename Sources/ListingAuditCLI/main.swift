import Foundation

let code = CLI.run(Array(CommandLine.arguments.dropFirst()), console: .standard())
exit(code.rawValue)
