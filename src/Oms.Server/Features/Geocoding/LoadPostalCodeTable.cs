using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Geocoding;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Geocoding;

/// <summary>
/// Replaces a country's postal-code table with the rows of one CSV file, all or nothing: one bad row refuses the file.
/// Readers on every node see the new table by its load version.
/// </summary>
public sealed record LoadPostalCodeTable(string Country, PostalCodeCsvResult Csv, string? Source) : ICommand<PostalCodeTableResponse>;

internal sealed class LoadPostalCodeTableHandler : ICommandHandler<LoadPostalCodeTable, PostalCodeTableResponse>
{
    public async Task<PostalCodeTableResponse> HandleAsync(LoadPostalCodeTable command, CommandContext ctx, CancellationToken ct)
    {
        var (country, csv) = (command.Country, command.Csv);
        if (csv.BadRows > 0)
        {
            var first = csv.Errors.First();
            throw new BusinessRuleException(
                $"{csv.BadRows} row(s) of the CSV are invalid, so nothing was loaded; first: {first.Key}: {first.Value[0]}", csv.Errors);
        }
        if (csv.Rows.Count == 0)
            throw new BusinessRuleException("csv", "The CSV has no rows: a table needs at least one postal code.");
        var from = string.IsNullOrWhiteSpace(command.Source) ? "upload" : command.Source.Trim();
        await ctx.Db.PostalCodeCentroids.Where(c => c.Country == country).ExecuteDeleteAsync(ct);
        ctx.Db.PostalCodeCentroids.AddRange(csv.Rows);
        var load = await ctx.Db.PostalCodeTableLoads.FirstOrDefaultAsync(l => l.Country == country, ct);
        if (load is null) ctx.Db.PostalCodeTableLoads.Add(load = new PostalCodeTableLoad(country, csv.Rows.Count, from, ctx.Now, ctx.Actor));
        else load.Replace(csv.Rows.Count, from, ctx.Now, ctx.Actor);
        return PostalCodeTableResponse.From(load);
    }
}
