import { graphql } from '../../gql/index.js';

/** The datasets the viewer may export, and what the filters choose from. */
export const exportPageQuery = graphql(`
  query ExportPage {
    exportDatasets {
      name
      description
      formats
      filters
      timeColumn
      url
      maxRangeDays
      columns {
        name
        type
        description
        formats
      }
    }
    sites {
      id
      code
      name
    }
    departments {
      id
      key
      name
    }
  }
`);
