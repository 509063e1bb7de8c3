// Positions are part of TongbanKit's API (every diagnostic has one), so clients get them too.
@_exported import struct YAMLSource.Mark
@_exported import struct YAMLSource.SourceRange
