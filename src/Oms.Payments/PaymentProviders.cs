using Oms.Domain.Payments;

namespace Oms.Payments;

/// <summary>Every registered <see cref="IPaymentProvider"/> by the name orders record (<c>offline</c>, <c>stripe</c>).</summary>
public sealed class PaymentProviders
{
    private readonly Dictionary<string, IPaymentProvider> byName;

    public PaymentProviders(IEnumerable<IPaymentProvider> providers) =>
        byName = providers.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Names => byName.Keys;

    /// <exception cref="KeyNotFoundException">No provider has that name: a configuration or data error.</exception>
    public IPaymentProvider Get(string name) => byName.TryGetValue(name, out var provider)
        ? provider
        : throw new KeyNotFoundException($"No payment provider is named '{name}'. Known: {string.Join(", ", byName.Keys)}.");

    public bool TryGet(string name, out IPaymentProvider provider) => byName.TryGetValue(name, out provider!);
}
