from enum import StrEnum


class Region(StrEnum):
    AFRICA = "africa"
    ASIA = "asia"
    CARIBBEAN = "caribbean"
    CENTRAL_AMERICA = "central_america"
    EASTERN_EUROPE = "eastern_europe"
    MIDDLE_EAST = "middle_east"
    NORTH_AMERICA = "north_america"
    OCEANIA = "oceania"
    SOUTH_AMERICA = "south_america"
    WESTERN_EUROPE = "western_europe"

    def __str__(self) -> str:
        return str(self.value)
