using Oms.Domain.Common;

namespace Oms.Domain.Connectors;

/// <summary>
/// An EDI document the OMS wrote for a trading partner (a 997 functional acknowledgement, an 855 PO acknowledgement, an
/// 856 ship notice), kept with the interchange control number it was given (unique and increasing per connector, as
/// X12 asks) and the key of what it answers (unique per connector, so that answering the same thing twice writes it once).
/// </summary>
public sealed class EdiDocument
{
    private EdiDocument() { DocumentType = null!; Key = null!; Reference = null!; Body = null!; FileName = null!; }

    public EdiDocument(Guid id, Guid connectorId, string documentType, string key, long interchangeControl, string reference,
        string body, string fileName, DateTime createdAt)
    {
        Id = id;
        ConnectorId = connectorId;
        DocumentType = Guard.NotEmpty(documentType, "documentType");
        Key = TextLimit.Clip(Guard.NotEmpty(key, "key"), 200);
        InterchangeControl = interchangeControl;
        Reference = TextLimit.Clip(reference, 100);
        Body = body;
        FileName = fileName;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid ConnectorId { get; private set; }
    /// <summary>The transaction set: <c>997</c>, <c>855</c>, <c>856</c>.</summary>
    public string DocumentType { get; private set; }
    /// <summary>What it answers (<c>997:ISA:GS</c>, <c>855:message id</c>, <c>856:shipment key</c>).</summary>
    public string Key { get; private set; }
    /// <summary>ISA13 of the interchange it went in.</summary>
    public long InterchangeControl { get; private set; }
    /// <summary>The PO number or group control number it concerns, for people looking for it.</summary>
    public string Reference { get; private set; }
    public string Body { get; private set; }
    /// <summary>The file name it has in the outbound folder.</summary>
    public string FileName { get; private set; }
    public DateTime CreatedAt { get; private set; }
}
