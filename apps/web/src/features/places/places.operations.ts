import { graphql } from '../../gql/index.js';

/** A checkpoint as the places page shows it (its code and QR only reach those who keep the site’s places). */
export const checkpointFieldsFragment = graphql(`
  fragment CheckpointFields on Checkpoint {
    id
    name
    locationHint
    active
    code
    codeIssuedAt
  }
`);

export const areaFieldsFragment = graphql(`
  fragment AreaFields on Area {
    id
    kind
    name
    nameZh
    nameEn
    note
    patrolled
    minPatrols
    requiredPatrols
    active
    viewerMayManage
    site {
      id
      code
      name
    }
    checkpoints(includeInactive: $includeInactive) {
      ...CheckpointFields
    }
  }
`);

export const placeSitesQuery = graphql(`
  query PlaceSites {
    sites {
      id
      code
      name
    }
  }
`);

export const areasQuery = graphql(`
  query Areas($siteCode: String, $includeInactive: Boolean!) {
    areas(siteCode: $siteCode, includeInactive: $includeInactive) {
      ...AreaFields
    }
  }
`);

/** What a printed card needs: the QR, the checkpoint, its area. */
export const qrSheetQuery = graphql(`
  query QrSheet($siteCode: String!) {
    areas(siteCode: $siteCode) {
      id
      name
      kind
      site {
        id
        name
      }
      checkpoints {
        id
        name
        locationHint
        code
        qrSvg
      }
    }
  }
`);

export const checkpointByCodeQuery = graphql(`
  query CheckpointByCode($code: String!) {
    checkpointByCode(code: $code) {
      id
      name
      locationHint
      active
      area {
        id
        name
        kind
        active
      }
      site {
        id
        code
        name
      }
    }
  }
`);

export const createAreaMutation = graphql(`
  mutation CreateArea($input: CreateAreaInput!) {
    createArea(input: $input) {
      area {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const updateAreaMutation = graphql(`
  mutation UpdateArea($input: UpdateAreaInput!) {
    updateArea(input: $input) {
      area {
        id
        kind
        name
        nameZh
        nameEn
        note
        patrolled
        minPatrols
        requiredPatrols
        active
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const createCheckpointMutation = graphql(`
  mutation CreateCheckpoint($input: CreateCheckpointInput!) {
    createCheckpoint(input: $input) {
      checkpoint {
        ...CheckpointFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const updateCheckpointMutation = graphql(`
  mutation UpdateCheckpoint($input: UpdateCheckpointInput!) {
    updateCheckpoint(input: $input) {
      checkpoint {
        ...CheckpointFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
