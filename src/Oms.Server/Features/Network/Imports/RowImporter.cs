using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Oms.Domain.Common;
using Oms.Domain.Imports;
using Oms.Persistence;
using Oms.Server.Core.Json;
using Oms.Server.Web;

namespace Oms.Server.Features.Network.Imports;

/// <summary>
/// A row becomes the same request the API takes (from CSV cells, or from a JSON object with the API's spelling), is
/// validated by the same validator and applied by the same writer; every problem on the way is a row error.
/// </summary>
public abstract class RowImporter<TRequest>(IValidator<TRequest> validator) : IRowImporter where TRequest : class
{
    /// <summary>
    /// The API's JSON rules (camelCase, enums by name, never numbers, storable text);
    /// an unknown field is an error, as an unknown column is.
    /// </summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false), new SafeStringConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public abstract ImportKind Kind { get; }
    public abstract IReadOnlyList<string> Columns { get; }
    public abstract IReadOnlyList<string> RequiredColumns { get; }

    protected abstract TRequest FromCells(CsvCells cells);

    /// <summary>Applies a valid request; returns the key of what it changed.</summary>
    protected abstract Task<string> ApplyAsync(OmsDbContext db, TRequest request, ChangeContext change, CancellationToken ct);

    public virtual Task AfterCommitAsync(IReadOnlyCollection<string> appliedKeys, CancellationToken ct) => Task.CompletedTask;

    public async Task<RowOutcome> ApplyAsync(OmsDbContext db, ImportRow row, ChangeContext change, CancellationToken ct)
    {
        if (row.Problem is { } problem) return RowOutcome.Rejected(new RowError("$", problem));
        TRequest? request;
        if (row.Json is { } json)
        {
            try
            {
                request = json.Deserialize<TRequest>(Json);
            }
            catch (JsonException e)
            {
                return RowOutcome.Rejected(JsonError(e));
            }
            if (request is null) return RowOutcome.Rejected(new RowError("$", "The row is empty."));
        }
        else
        {
            var cells = new CsvCells(row.Cells!);
            request = FromCells(cells);
            if (cells.Errors.Count > 0) return new RowOutcome(null, cells.Errors);
        }

        var result = await validator.ValidateAsync(request, ct);
        if (!result.IsValid)
            return new RowOutcome(null,
                [.. result.Errors.Select(e => new RowError(ProblemMapping.CamelPath(e.PropertyName), e.ErrorMessage)).Distinct()]);
        try
        {
            return new RowOutcome(await ApplyAsync(db, request, change, ct), []);
        }
        catch (BusinessRuleException e)
        {
            return e.Errors.Count == 0
                ? RowOutcome.Rejected(new RowError("$", e.Message))
                : new RowOutcome(null, [.. e.Errors.SelectMany(kv => kv.Value.Select(m => new RowError(kv.Key, m)))]);
        }
        catch (DomainException e)
        {
            return RowOutcome.Rejected(new RowError("$", e.Message));
        }
    }

    /// <summary>System.Text.Json names CLR types; the row error names the field and, for an enum, the allowed values.</summary>
    private static RowError JsonError(JsonException e)
    {
        var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "$" : e.Path.TrimStart('$', '.');
        if (e.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            var start = e.Message.IndexOf('\'', StringComparison.Ordinal);
            var end = start < 0 ? -1 : e.Message.IndexOf('\'', start + 1);
            var name = end > start ? e.Message[(start + 1)..end] : path;
            return new RowError(name, $"Unknown field '{name}'.");
        }
        var property = typeof(TRequest).GetProperty(path, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        var type = property is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return type is { IsEnum: true }
            ? new RowError(path,
                $"{path} must be one of: {string.Join(", ", Enum.GetNames(type).Select(n => JsonNamingPolicy.CamelCase.ConvertName(n)))}.")
            : new RowError(path, $"{path} has the wrong type, or the row is not valid JSON there.");
    }
}
