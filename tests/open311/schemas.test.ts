/**
 * The schemas themselves: answers shaped like the specification's examples (with string
 * identifiers) pass, and each kind of mistake an implementation makes is caught.
 */
import { describe, expect, it } from 'vitest';
import { violations } from './schemas.js';

const request = {
  service_request_id: '638344',
  status: 'closed',
  status_notes: 'Duplicate request.',
  service_name: 'Sidewalk and Curb Issues',
  service_code: '006',
  description: null,
  agency_responsible: null,
  service_notice: null,
  requested_datetime: '2010-04-14T06:37:38-08:00',
  updated_datetime: '2010-04-14T06:37:38-08:00',
  expected_datetime: '2010-04-15T06:37:38-08:00',
  address: '8TH AVE and JUDAH ST',
  address_id: '545483',
  zipcode: '94122',
  lat: 37.762221815,
  long: -122.4651145,
  media_url: 'http://city.gov.s3.amazonaws.com/requests/media/638344.jpg',
};

describe('GeoReport v2 JSON Schemas', () => {
  it('accept answers shaped like the specification examples', () => {
    expect(violations('requests.json', [request])).toEqual([]);
    expect(
      violations('services.json', [
        {
          service_code: '001',
          service_name: 'Cans left out 24x7',
          description:
            'Garbage or recycling cans that have been left out for more than 24 hours after collection.',
          metadata: true,
          type: 'realtime',
          keywords: 'lorem, ipsum, dolor',
          group: 'sanitation',
        },
      ]),
    ).toEqual([]);
    expect(
      violations('service-definition.json', {
        service_code: 'DMV66',
        attributes: [
          {
            variable: true,
            code: 'WHISHETN',
            datatype: 'singlevaluelist',
            required: true,
            datatype_description: null,
            order: 1,
            description: 'What is the ticket/tag/DL number?',
            values: [{ key: '123', name: 'Ford' }],
          },
        ],
      }),
    ).toEqual([]);
    expect(
      violations('created.json', [{ service_request_id: '293944', service_notice: '', account_id: null }]),
    ).toEqual([]);
    expect(violations('created.json', [{ token: '12345' }])).toEqual([]);
    expect(violations('token.json', [{ service_request_id: '638344', token: '12345' }])).toEqual([]);
    expect(violations('errors.json', [{ code: 403, description: 'Invalid api_key' }])).toEqual([]);
    expect(
      violations('discovery.json', {
        changeset: '2011-04-05T17:48:34Z',
        contact: 'Send email to 311@example.gov.',
        key_service: 'Keys are given out at the counter.',
        endpoints: [
          {
            specification: 'http://wiki.open311.org/GeoReport_v2',
            url: 'https://open311.example.gov/open311/v2',
            changeset: '2011-04-05T17:48:34Z',
            type: 'production',
            formats: ['text/xml', 'application/json'],
          },
        ],
      }),
    ).toEqual([]);
  });

  it('catch numeric ids, unknown statuses, times without a zone and missing fields', () => {
    expect(violations('requests.json', [{ ...request, service_request_id: 638344 }])).not.toEqual([]);
    expect(violations('requests.json', [{ ...request, status: 'pending' }])).not.toEqual([]);
    expect(
      violations('requests.json', [{ ...request, requested_datetime: '2010-04-14T06:37:38' }]),
    ).not.toEqual([]);
    const { requested_datetime: _dropped, ...noTime } = request;
    expect(violations('requests.json', [noTime])).not.toEqual([]);
    // A single request is still an array.
    expect(violations('requests.json', request)).not.toEqual([]);
  });

  it('catch a POST answer with both an id and a token, or neither', () => {
    expect(violations('created.json', [{ service_request_id: '1', token: '2' }])).not.toEqual([]);
    expect(violations('created.json', [{ service_notice: 'x' }])).not.toEqual([]);
  });

  it('catch list attributes without values and discovery without XML', () => {
    const attr = {
      variable: true,
      code: 'C',
      datatype: 'multivaluelist',
      required: false,
      datatype_description: null,
      order: 1,
      description: 'd',
    };
    expect(violations('service-definition.json', { service_code: 'x', attributes: [attr] })).not.toEqual([]);
    expect(
      violations('discovery.json', {
        changeset: '2011-04-05T17:48:34Z',
        contact: 'c',
        key_service: 'k',
        endpoints: [
          {
            specification: 'http://wiki.open311.org/GeoReport_v2',
            url: 'https://x.example/open311/v2',
            changeset: '2011-04-05T17:48:34Z',
            type: 'production',
            formats: ['application/json'],
          },
        ],
      }),
    ).not.toEqual([]);
    expect(violations('errors.json', [])).not.toEqual([]);
  });
});
