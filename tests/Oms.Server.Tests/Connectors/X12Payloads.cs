namespace Oms.Server.Tests.Connectors;

/// <summary>The X12 test interchanges under Connectors/Payloads/x12, read from the source tree, made unique per test.</summary>
internal static class X12Payloads
{
    public static string Read(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "Oms.Server.Tests", "Connectors", "Payloads", "x12", name);
            if (File.Exists(path)) return File.ReadAllText(path);
        }
        throw new FileNotFoundException($"Payload x12/{name} was not found above the test binaries.");
    }

    /// <summary>The payload as sent by <paramref name="partner"/> (7 characters keep ISA06 at its width), PO numbers prefixed.</summary>
    public static string From(string name, string partner, string poPrefix)
        => Read(name).Replace("ACMEB2B", partner, StringComparison.Ordinal).Replace("ACME-PO-", $"{poPrefix}-PO-", StringComparison.Ordinal);
}
