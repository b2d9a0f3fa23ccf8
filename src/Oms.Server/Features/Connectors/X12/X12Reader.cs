namespace Oms.Server.Features.Connectors.X12;

/// <summary>
/// Reads an X12 interchange. The separators come from the ISA itself (element separator = the 4th character, component
/// separator = ISA16, segment terminator = the character after ISA16), so any delimiters a partner uses are read; line
/// breaks around segments are ignored. Envelope problems inside the interchange (SE or GE counts, control numbers that do
/// not match, a set without SE) are recorded on the set or group for the 997, not thrown; only text that has no readable
/// ISA throws <see cref="X12EnvelopeException"/>.
/// </summary>
public static class X12Reader
{
    private const int IsaElements = 16;

    public static X12Interchange Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.IndexOf("ISA", StringComparison.Ordinal);
        if (start < 0 || text[..start].Trim('\uFEFF', ' ', '\r', '\n', '\t').Length > 0)
            throw new X12EnvelopeException("The text does not start with an ISA segment.");
        var separators = SeparatorsOf(text, start);
        var segments = Split(text[start..], separators);
        return Envelope(segments, separators);
    }

    private static X12Separators SeparatorsOf(string text, int start)
    {
        if (text.Length < start + 4) throw new X12EnvelopeException("The ISA segment is cut short.");
        var element = text[start + 3];
        if (char.IsLetterOrDigit(element) || char.IsWhiteSpace(element))
            throw new X12EnvelopeException($"'{element}' after ISA cannot be an element separator.");
        // ISA16 is the character after the 16th element separator; the segment terminator follows it.
        var at = start;
        for (var n = 0; n < IsaElements; n++)
        {
            at = text.IndexOf(element, at + 1);
            if (at < 0) throw new X12EnvelopeException("The ISA segment does not have its 16 elements.");
        }
        if (text.Length < at + 3) throw new X12EnvelopeException("The ISA segment has no component separator and terminator.");
        var component = text[at + 1];
        var terminator = text[at + 2];
        if (terminator == element || terminator == component)
            throw new X12EnvelopeException("The segment terminator after ISA16 repeats another separator.");
        return new X12Separators(element, component, terminator);
    }

    private static List<X12Segment> Split(string text, X12Separators separators)
    {
        var list = new List<X12Segment>();
        foreach (var part in text.Split(separators.Segment))
        {
            var raw = part.Trim('\r', '\n', ' ', '\t', '\uFEFF');
            if (raw.Length == 0) continue;
            var elements = raw.Split(separators.Element);
            list.Add(new X12Segment(elements[0], elements[1..], list.Count + 1));
        }
        return list;
    }

    private static X12Interchange Envelope(List<X12Segment> segments, X12Separators separators)
    {
        var isa = segments[0];
        if (isa.Id != "ISA" || isa.Elements.Count != IsaElements) throw new X12EnvelopeException("The ISA segment must have 16 elements.");
        var errors = new List<string>();
        var groups = new List<X12Group>();
        var i = 1;
        while (i < segments.Count && segments[i].Id == "GS") groups.Add(Group(segments, ref i));
        var control = isa[13].Trim();
        if (i >= segments.Count || segments[i].Id != "IEA") errors.Add("The interchange has no IEA trailer after its last group.");
        else
        {
            if (segments[i][2].Trim() != control) errors.Add($"IEA02 {segments[i][2]} does not match ISA13 {control}.");
            if (segments[i][1].Trim() != groups.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
                errors.Add($"IEA01 says {segments[i][1]} groups; the interchange has {groups.Count}.");
            if (i + 1 < segments.Count) errors.Add($"Segment {segments[i + 1].Id} follows the IEA trailer.");
        }
        if (groups.Count == 0) errors.Add("The interchange has no functional group (GS).");
        return new X12Interchange(isa[5].Trim(), isa[6].Trim(), isa[7].Trim(), isa[8].Trim(), control, isa[12].Trim(),
            isa[15].Trim() == "T", separators, groups, errors);
    }

    private static X12Group Group(List<X12Segment> segments, ref int i)
    {
        var gs = segments[i++];
        var errors = new List<string>();
        var sets = new List<X12TransactionSet>();
        while (i < segments.Count && segments[i].Id == "ST") sets.Add(Set(segments, ref i));
        // Segments that are neither ST nor GE here belong to no set: the group cannot be read as sent.
        while (i < segments.Count && segments[i].Id is not ("GE" or "GS" or "IEA"))
        {
            errors.Add($"Segment {segments[i].Id} is outside any transaction set.");
            i++;
        }
        if (i < segments.Count && segments[i].Id == "GE")
        {
            var ge = segments[i++];
            if (ge[2].Trim() != gs[6].Trim()) errors.Add("4");
            if (ge[1].Trim() != sets.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)) errors.Add("5");
        }
        else errors.Add("3"); // functional group trailer missing
        return new X12Group(gs[1], gs[2].Trim(), gs[3].Trim(), gs[6].Trim(), gs[8].Trim(), sets, errors);
    }

    private static X12TransactionSet Set(List<X12Segment> segments, ref int i)
    {
        var st = segments[i];
        var body = new List<X12Segment>();
        var errors = new List<string>();
        while (i < segments.Count && segments[i].Id is not ("SE" or "GE" or "IEA") && (body.Count == 0 || segments[i].Id != "ST"))
        {
            body.Add(segments[i] with { Position = body.Count + 1 });
            i++;
        }
        if (i < segments.Count && segments[i].Id == "SE")
        {
            var se = segments[i++];
            body.Add(se with { Position = body.Count + 1 });
            if (se[2].Trim() != st[2].Trim()) errors.Add("3");
            if (se[1].Trim() != body.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)) errors.Add("4");
        }
        else errors.Add("2"); // transaction set trailer missing
        return new X12TransactionSet(st[1], st[2].Trim(), body, errors);
    }
}
