namespace Oms.Server.Cli;

/// <summary>
/// A one-line progress bar on standard error (so standard output stays the summary a script reads); nothing when standard
/// error is not a terminal.
/// </summary>
public sealed class ProgressBar(string label, int total)
{
    private const int Width = 30;
    private readonly bool _on = !Console.IsErrorRedirected && total > 0;
    private int _done;

    public void Step(int by = 1)
    {
        _done = Math.Min(total, _done + by);
        if (!_on) return;
        var filled = (int)((long)Width * _done / total);
        Console.Error.Write($"\r{label} [{new string('#', filled)}{new string('-', Width - filled)}] {_done}/{total}");
        if (_done == total) Console.Error.WriteLine();
    }
}
