using FluentValidation;
using FluentValidation.Results;
using Oms.Server.Core.Contracts;
using Oms.Server.Web;

namespace Oms.Server.Features.Inventory;

internal static class Snapshot
{
    /// <summary>The snapshot's items as counts; every item checked, all errors at once (400, each naming its item).</summary>
    public static List<StockCount> Counts(StockSnapshotRequest body)
    {
        if (body.Items is not { Count: > 0 }) throw QueryValues.Invalid("items", "items must list at least one SKU.");
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var i = 0; i < body.Items.Count; i++)
        {
            var it = body.Items[i];
            if (it is null) { errors[$"items[{i}]"] = ["An item must be an object, not null."]; continue; }
            if (string.IsNullOrWhiteSpace(it.Sku)) errors[$"items[{i}].sku"] = ["sku is required."];
            else if (it.Sku.Length > 100) errors[$"items[{i}].sku"] = ["sku must be at most 100 characters."];
            if (it.OnHand is null or < 0 or > Limits.StockQuantity) errors[$"items[{i}].onHand"] = [$"onHand is required, between 0 and {Limits.StockQuantity}."];
            if (it.SafetyStock is < 0 or > Limits.StockQuantity) errors[$"items[{i}].safetyStock"] = [$"safetyStock must be between 0 and {Limits.StockQuantity}."];
        }
        if (errors.Count > 0) throw new ValidationException(errors.Select(e => new ValidationFailure(e.Key, e.Value[0])));
        return [.. body.Items.Select(i => new StockCount(i!.Sku!.Trim(), i.OnHand!.Value, i.SafetyStock))];
    }
}
