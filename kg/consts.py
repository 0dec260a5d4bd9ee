"""One home for the version, namespaces and ontology IRIs."""

from rdflib import Namespace
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

VERSION = "0.1.0"

GOV = Namespace("https://w3id.org/govkg/def#")
DEFAULT_BASE = "https://w3id.org/govkg/id/"

PREFIXES = {
    "gov": GOV,
    "rdf": RDF,
    "rdfs": RDFS,
    "skos": SKOS,
    "xsd": XSD,
    "dcterms": DCTERMS,
}

# Level names used in gold files and in the code -> ontology class.
LEVEL_CLASSES = {
    "national": GOV.NationalUnit,
    "province": GOV.ProvinceLevelUnit,
    "prefecture": GOV.PrefectureLevelUnit,
    "county": GOV.CountyLevelUnit,
    "township": GOV.TownshipLevelUnit,
    "village": GOV.VillageLevelUnit,
}

# Honor recipients that are none of the entity kinds: a place that is no division, or another named thing.
RECIPIENT_CLASSES = {"place": GOV.Place, "thing": GOV.NamedThing}
ENTITY_CLASSES = {
    "program": GOV.Program,
    "project": GOV.Project,
    "organization": GOV.Organization,
}
