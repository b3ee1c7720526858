"""Contains all the data models used in inputs/outputs"""

from .bzp_record import BzpRecord
from .bzp_record_list import BzpRecordList
from .ceidg_hd_record import CeidgHdRecord
from .ceidg_hd_record_list import CeidgHdRecordList
from .counters import Counters
from .crbr_raw_result import CrbrRawResult
from .crbr_wp_content import CrbrWpContent
from .crbr_wp_record import CrbrWpRecord
from .crbr_wp_record_list import CrbrWpRecordList
from .create_refresh_request import CreateRefreshRequest
from .enum_values_object import EnumValuesObject
from .error_body import ErrorBody
from .error_detail import ErrorDetail
from .file_group import FileGroup
from .file_variant import FileVariant
from .idpcit_record import IdpcitRecord
from .idpcit_record_list import IdpcitRecordList
from .krs_excerpt import KrsExcerpt
from .krs_rdf_content import KrsRdfContent
from .krs_rdf_document import KrsRdfDocument
from .krs_rdf_record import KrsRdfRecord
from .krs_rdf_record_list import KrsRdfRecordList
from .krs_wp_content import KrsWpContent
from .krs_wp_entry_record import KrsWpEntryRecord
from .krs_wp_entry_record_list import KrsWpEntryRecordList
from .krs_wp_record import KrsWpRecord
from .krs_wp_record_list import KrsWpRecordList
from .krz_wp_content import KrzWpContent
from .krz_wp_record import KrzWpRecord
from .krz_wp_record_list import KrzWpRecordList
from .limits import Limits
from .mgbi_lu_record import MgbiLuRecord
from .mgbi_lu_record_list import MgbiLuRecordList
from .model_info import ModelInfo
from .msig_content import MsigContent
from .msig_record import MsigRecord
from .msig_record_list import MsigRecordList
from .open_content import OpenContent
from .open_object import OpenObject
from .projection import Projection
from .projections import Projections
from .rdr_record import RdrRecord
from .rdr_record_list import RdrRecordList
from .record_files import RecordFiles
from .record_identifiers import RecordIdentifiers
from .record_meta import RecordMeta
from .record_version import RecordVersion
from .refresh_order import RefreshOrder
from .refresh_query import RefreshQuery
from .stream_query import StreamQuery
from .stream_record import StreamRecord
from .stream_results import StreamResults
from .sudop_wpopb_record import SudopWpopbRecord
from .sudop_wpopb_record_list import SudopWpopbRecordList
from .wpv_content import WpvContent
from .wpv_raw_result import WpvRawResult
from .wpv_record import WpvRecord
from .wpv_record_list import WpvRecordList
from .wpv_subject import WpvSubject

__all__ = (
    "BzpRecord",
    "BzpRecordList",
    "CeidgHdRecord",
    "CeidgHdRecordList",
    "Counters",
    "CrbrRawResult",
    "CrbrWpContent",
    "CrbrWpRecord",
    "CrbrWpRecordList",
    "CreateRefreshRequest",
    "EnumValuesObject",
    "ErrorBody",
    "ErrorDetail",
    "FileGroup",
    "FileVariant",
    "IdpcitRecord",
    "IdpcitRecordList",
    "KrsExcerpt",
    "KrsRdfContent",
    "KrsRdfDocument",
    "KrsRdfRecord",
    "KrsRdfRecordList",
    "KrsWpContent",
    "KrsWpEntryRecord",
    "KrsWpEntryRecordList",
    "KrsWpRecord",
    "KrsWpRecordList",
    "KrzWpContent",
    "KrzWpRecord",
    "KrzWpRecordList",
    "Limits",
    "MgbiLuRecord",
    "MgbiLuRecordList",
    "ModelInfo",
    "MsigContent",
    "MsigRecord",
    "MsigRecordList",
    "OpenContent",
    "OpenObject",
    "Projection",
    "Projections",
    "RdrRecord",
    "RdrRecordList",
    "RecordFiles",
    "RecordIdentifiers",
    "RecordMeta",
    "RecordVersion",
    "RefreshOrder",
    "RefreshQuery",
    "StreamQuery",
    "StreamRecord",
    "StreamResults",
    "SudopWpopbRecord",
    "SudopWpopbRecordList",
    "WpvContent",
    "WpvRawResult",
    "WpvRecord",
    "WpvRecordList",
    "WpvSubject",
)
