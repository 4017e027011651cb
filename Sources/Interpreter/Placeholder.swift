import DSL
import Extraction
