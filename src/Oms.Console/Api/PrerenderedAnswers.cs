using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Oms.Ui.Api;

/// <summary>
/// The API's answers a prerendered page was built from, carried to the circuit that takes the page over, so that the circuit's
/// first render shows the same data without asking the API again (and without the page flashing back to "loading").
/// <para>
/// A full page load is rendered twice: once into the HTML by the page's request (<c>App.razor</c> marks that scope with
/// <see cref="RecordForThePage"/>), once by the circuit. In the first, every successful GET's body is kept and written into
/// the page with the framework's persistent component state (protected by the server's data-protection keys, like the
/// circuit's own state). In the circuit, each kept answer is served once, for the same path, and only shortly after the
/// circuit opened; every later GET (a refresh, a search, another page) goes to the API.
/// </para>
/// </summary>
public sealed class PrerenderedAnswers
{
    private const string Key = "oms.console.answers";

    /// <summary>How long after the circuit opened a kept answer may still be served: its first render, with room for a busy machine.</summary>
    private static readonly TimeSpan ServedWithin = TimeSpan.FromSeconds(10);

    /// <summary>
    /// At most this many bytes (UTF-8) of answers are written into a page; a page that read more keeps the first ones and its
    /// circuit asks the API for the rest. Escaped, protected and base64-encoded they grow by about half, so they fit well within
    /// <see cref="MaxHubMessageBytes"/>, the size of the browser's first message to the circuit that carries them.
    /// </summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>The hub's limit on a message from the browser (SignalR's default is 32 KB).</summary>
    public const long MaxHubMessageBytes = 1024 * 1024;

    private readonly PersistentComponentState _state;
    private readonly ConcurrentDictionary<string, string> _answers = new(StringComparer.Ordinal);
    private readonly DateTime _restoredAt;
    private bool _recording;
    private int _keptBytes;

    public PrerenderedAnswers(PersistentComponentState state)
    {
        _state = state;
        if (state.TryTakeFromJson<Dictionary<string, string>>(Key, out var kept) && kept is not null)
            foreach (var (path, body) in kept) _answers[path] = body;
        _restoredAt = DateTime.UtcNow;
    }

    /// <summary>True while this scope renders a page into its HTML: GET answers are kept for the page.</summary>
    public bool Recording => _recording;

    /// <summary>Called by the page's request (never by a circuit): keep the answers and write them into the page once it is rendered.</summary>
    public void RecordForThePage()
    {
        if (_recording) return;
        _recording = true;
        _state.RegisterOnPersisting(() =>
        {
            _state.PersistAsJson(Key, new Dictionary<string, string>(_answers, StringComparer.Ordinal));
            return Task.CompletedTask;
        }, RenderMode.InteractiveServer);
    }

    public void Keep(string path, string body)
    {
        if (!_recording) return;
        if (Interlocked.Add(ref _keptBytes, Encoding.UTF8.GetByteCount(path) + Encoding.UTF8.GetByteCount(body)) > MaxBytes) return;
        _answers[path] = body;
    }

    /// <summary>The answer the page was rendered with, once, while the circuit's first render can still use it.</summary>
    public bool TryServe(string path, out string body)
    {
        body = "";
        if (_recording || _answers.IsEmpty) return false;
        if (DateTime.UtcNow - _restoredAt > ServedWithin)
        {
            _answers.Clear();
            return false;
        }
        if (!_answers.TryRemove(path, out var kept)) return false;
        body = kept;
        return true;
    }
}
