namespace Oms.Server.Cli;

/// <summary>
/// <c>import orders --format F --file PATH [--connector CODE] [--dry-run]</c> or <c>import catalogue --file PATH [--dry-run]</c>,
/// read from the command line; <see cref="Error"/> says what is wrong with it (exit code 2).
/// </summary>
public sealed record ImportArguments(string What, string? Format, string? File, string? Connector, bool DryRun, string? Error)
{
    public static readonly string[] Formats = ["shopify", "woocommerce", "amazon", "bol", "x12", "oms"];

    public const string Usage = """
        usage: Oms.Server import orders --format shopify|woocommerce|amazon|bol|x12|oms --file FILE [--connector CODE] [--dry-run]
               Oms.Server import catalogue --file FILE.csv|FILE.json [--dry-run]
        """;

    public static ImportArguments Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var what = args.Length > 1 ? args[1] : "";
        string? format = null, file = null, connector = null;
        var dry = false;
        for (var i = 2; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--dry-run": dry = true; break;
                case "--format" when i + 1 < args.Length: format = args[++i].ToLowerInvariant(); break;
                case "--file" when i + 1 < args.Length: file = args[++i]; break;
                case "--connector" when i + 1 < args.Length: connector = args[++i]; break;
                default: return new(what, format, file, connector, dry, $"Unknown or incomplete option '{args[i]}'.");
            }
        }
        string? error = what switch
        {
            "orders" when format is null => "Name the file's format with --format.",
            "orders" when !Formats.Contains(format) => $"Unknown format '{format}'; one of {string.Join(", ", Formats)}.",
            "orders" when format is not "oms" && connector is null => $"Format {format} needs --connector CODE (its mapping and channel).",
            "orders" or "catalogue" when file is null => "Name the file with --file.",
            "orders" or "catalogue" when !System.IO.File.Exists(file) => $"File {file} does not exist.",
            "orders" or "catalogue" => null,
            _ => $"Unknown import '{what}': orders or catalogue.",
        };
        return new(what, format, file, connector, dry, error);
    }
}
