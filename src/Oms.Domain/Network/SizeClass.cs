namespace Oms.Domain.Network;

/// <summary>Size classes order from smallest to largest; rules such as "never the smallest stores" compare them.</summary>
public enum SizeClass { XS, S, M, L, XL }
