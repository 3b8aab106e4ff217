using Spectre.Console.Cli;

namespace Benchmark.Cli.Infrastructure;

/// <summary>A minimal registrar: instances, lazy factories and types built through their widest public constructor.</summary>
internal sealed class TypeRegistrar : ITypeRegistrar
{
    private readonly Dictionary<Type, Func<TypeResolver, object>> _factories = [];

    public void Register(Type service, Type implementation) => _factories[service] = r => r.Create(implementation);

    public void RegisterInstance(Type service, object implementation) => _factories[service] = _ => implementation;

    public void RegisterLazy(Type service, Func<object> factory)
    {
        var lazy = new Lazy<object>(factory);
        _factories[service] = _ => lazy.Value;
    }

    public ITypeResolver Build() => new TypeResolver(_factories);

    internal sealed class TypeResolver(Dictionary<Type, Func<TypeResolver, object>> factories) : ITypeResolver
    {
        public object? Resolve(Type? type)
        {
            if (type is null)
            {
                return null;
            }

            if (factories.TryGetValue(type, out var factory))
            {
                return factory(this);
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                var element = type.GetGenericArguments()[0];
                var items = factories.TryGetValue(element, out var single) ? new[] { single(this) } : [];
                var array = Array.CreateInstance(element, items.Length);
                Array.Copy(items, array, items.Length);
                return array;
            }

            return type.IsInterface || type.IsAbstract ? null : Create(type);
        }

        internal object Create(Type type)
        {
            var ctor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
            if (ctor is null)
            {
                return Activator.CreateInstance(type)!;
            }

            var args = ctor.GetParameters().Select(p => Resolve(p.ParameterType)).ToArray();
            return ctor.Invoke(args);
        }
    }
}
