/// Facts about this tongban.
public enum Tongban {
    public static let version = "0.1.0"
}
