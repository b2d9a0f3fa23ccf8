namespace Oms.Server.Cli;

/// <summary>What an import did: records accepted (new), duplicates (seen before), rejected with why; printed at the end.</summary>
public sealed class ImportSummary
{
    private readonly List<string> _rejections = [];

    public int Accepted { get; private set; }
    public int Duplicates { get; private set; }
    public int Rejected => _rejections.Count;

    public void Accept(bool duplicate)
    {
        if (duplicate) Duplicates++;
        else Accepted++;
    }

    public void Reject(string record, string? field, string reason)
        => _rejections.Add(field is null ? $"{record}: {reason}" : $"{record}: {field}: {reason}");

    /// <summary>0 when nothing was rejected, 1 when something was.</summary>
    public int ExitCode => Rejected == 0 ? 0 : 1;

    public void Print(TextWriter output, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(output);
        var verb = dryRun ? "would be accepted" : "accepted";
        output.WriteLine($"{Accepted} {verb}, {Duplicates} already there, {Rejected} rejected{(dryRun ? " (dry run: nothing written)" : "")}");
        foreach (var r in _rejections) output.WriteLine($"  rejected {r}");
    }
}
