from enum import StrEnum


class Color(StrEnum):
    ALL = "all"
    BEIGE = "beige"
    BLACK = "black"
    BLUE = "blue"
    BROWN = "brown"
    GREEN = "green"
    GREY = "grey"
    GREYSCALE = "greyscale"
    ORANGE = "orange"
    PINK = "pink"
    PURPLE = "purple"
    RED = "red"
    TURQUOISE = "turquoise"
    WHITE = "white"
    YELLOW = "yellow"

    def __str__(self) -> str:
        return str(self.value)
