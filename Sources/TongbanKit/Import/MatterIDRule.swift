/// The former name of `MatterIDMaker` (it is not a lint rule), kept only while `ListImporter`
/// still uses it.
typealias MatterIDRule = MatterIDMaker
