using System.Globalization;
using System.Text;

namespace Oms.Server.Features.Connectors.X12;

/// <summary>
/// Writes one interchange with one functional group of transaction sets, counting SE01, GE01 and IEA01 itself. Control
/// numbers are the caller's (allocated per partner, see <see cref="EdiDocuments"/>); set control numbers are the group's
/// number followed by the set's position, so they are unique within the interchange.
/// </summary>
public sealed class X12Writer
{
    private readonly StringBuilder _text = new();
    private readonly X12Separators _sep = X12Separators.Default;
    private readonly List<List<string[]>> _sets = [];
    private readonly List<string> _setIds = [];

    /// <summary>Adds a transaction set: its id (997, 855, 856) and its body segments (without ST and SE).</summary>
    public X12Writer Set(string id, List<string[]> body)
    {
        _setIds.Add(id);
        _sets.Add(body);
        return this;
    }

    /// <param name="functionalId">GS01: FA for 997, PR for 855, SH for 856.</param>
    public string Write(X12Party from, X12Party to, long interchangeControl, string functionalId, DateTime now, bool test)
    {
        _text.Clear();
        var control = interchangeControl.ToString("D9", CultureInfo.InvariantCulture);
        Segment("ISA", "00", new string(' ', 10), "00", new string(' ', 10), from.Qualifier, from.IsaId.PadRight(15), to.Qualifier,
            to.IsaId.PadRight(15), now.ToString("yyMMdd", CultureInfo.InvariantCulture), now.ToString("HHmm", CultureInfo.InvariantCulture),
            "U", "00401", control, "0", test ? "T" : "P", _sep.Component.ToString());
        var group = interchangeControl.ToString(CultureInfo.InvariantCulture);
        Segment("GS", functionalId, from.GsId, to.GsId, now.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            now.ToString("HHmm", CultureInfo.InvariantCulture), group, "X", "004010");
        for (var n = 0; n < _sets.Count; n++)
        {
            var st = SetControl(n);
            Segment("ST", _setIds[n], st);
            foreach (var s in _sets[n]) Segment(s[0], s[1..]);
            Segment("SE", (_sets[n].Count + 2).ToString(CultureInfo.InvariantCulture), st);
        }
        Segment("GE", _sets.Count.ToString(CultureInfo.InvariantCulture), group);
        Segment("IEA", "1", control);
        return _text.ToString();
    }

    /// <summary>ST02 of the n-th set (0-based): 0001, 0002, …</summary>
    public static string SetControl(int n) => (n + 1).ToString("D4", CultureInfo.InvariantCulture);

    private void Segment(string id, params string[] elements)
    {
        _text.Append(id);
        // Trailing empty elements are left out, as X12 asks.
        var last = elements.Length;
        while (last > 0 && string.IsNullOrEmpty(elements[last - 1])) last--;
        for (var i = 0; i < last; i++) _text.Append(_sep.Element).Append(id == "ISA" ? elements[i] : Clean(elements[i]));
        _text.Append(_sep.Segment).Append('\n');
    }

    /// <summary>Separator characters inside data would break the interchange: they become spaces (not in ISA, whose ISA16 is one).</summary>
    private string Clean(string value)
        => value.Replace(_sep.Element, ' ').Replace(_sep.Segment, ' ').Replace(_sep.Component, ' ');

    /// <summary>Re-serialises a segment that was read (with the separators it was read with).</summary>
    public static string Raw(X12Segment segment, X12Separators separators)
        => segment.Elements.Count == 0 ? segment.Id : segment.Id + separators.Element + string.Join(separators.Element, segment.Elements);
}
