namespace Oms.Server.Features.Connectors.X12;

/// <summary>
/// The text is not an X12 interchange the OMS can read at all (no ISA of 106 characters, no IEA): nothing can be
/// acknowledged with a 997, so the upload is refused (400) and a dropped file goes to <c>rejected/</c>.
/// </summary>
public sealed class X12EnvelopeException : Exception
{
    public X12EnvelopeException() { }

    public X12EnvelopeException(string message) : base(message) { }

    public X12EnvelopeException(string message, Exception inner) : base(message, inner) { }
}
