namespace Oms.Domain.Returns;

/// <summary>What happens to one received unit.</summary>
public enum Disposition
{
    /// <summary>Back on the shelf: sellable stock at the receiving location.</summary>
    Restock,
    /// <summary>Damaged: written off, never stock again.</summary>
    WriteOff,
    /// <summary>Held (unsellable) at the receiving location until it goes back to the vendor.</summary>
    ReturnToVendor,
    /// <summary>Held as unsellable stock until a person decides (<see cref="Restock"/> or <see cref="WriteOff"/>).</summary>
    NeedsInspection,
    /// <summary>Announced but not in the parcel: nothing comes in, nothing is refunded for it.</summary>
    Missing,
    /// <summary>Another item came back than the one sold: it is not the sold unit and is not refunded.</summary>
    WrongItem,
}
