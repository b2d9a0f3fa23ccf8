using Oms.Domain.Connectors;

namespace Oms.Server.Features.Connectors.X12;

/// <summary>An EDI document the OMS wrote for a partner.</summary>
/// <param name="DocumentType">997, 855 or 856.</param>
/// <param name="InterchangeControl">ISA13 of its interchange.</param>
/// <param name="Reference">The PO number or the acknowledged group's control number.</param>
public sealed record EdiDocumentResponse(Guid Id, string DocumentType, long InterchangeControl, string Reference, string FileName,
    DateTime CreatedAt, string? Body)
{
    public static EdiDocumentResponse Of(EdiDocument d, bool withBody)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Id, d.DocumentType, d.InterchangeControl, d.Reference, d.FileName, d.CreatedAt, withBody ? d.Body : null);
    }
}
