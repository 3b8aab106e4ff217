using System.Xml.Linq;
using Benchmark.Store;
using Benchmark.Store.Sharing;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Benchmark.Web.Security;

/// <summary>Keeps ASP.NET Core's Data Protection keys in the store, so that every web node on the same store reads the others' cookies.</summary>
internal sealed class StoreXmlRepository(IDatasetStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() => [.. store.DataProtectionKeys().Select(x => XElement.Parse(x))];

    public void StoreElement(XElement element, string friendlyName) =>
        store.SaveDataProtectionKey(friendlyName, element.ToString(SaveOptions.DisableFormatting));
}
