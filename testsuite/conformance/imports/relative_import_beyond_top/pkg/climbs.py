print("pkg.climbs runs until its relative import")
from ..elsewhere import thing
